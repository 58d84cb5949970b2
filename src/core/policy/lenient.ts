/**
 * Lenient policy reading for documents this extension wrote itself, after
 * checking them: what content scripts read, and the salvage of a damaged
 * stored document. Pure, and small on purpose: it is in the content bundle.
 * Untrusted documents (policy files, enterprise values) go through parse.ts.
 */
import { DESTRUCTIVE_KINDS, type DestructiveKind } from '../dialogs';
import { OPTIONAL_ACTIONS, type Environment, type OptionalAction } from '../environments';
import { isRecord } from '../is-record';
import { isConsoleId } from '../../consoles/ids';
import { PATTERN_KINDS, type Rule } from '../rule-index';
import { checkSites } from './sites';
import { BANNER_SIZES, EMPTY_POLICY, formatIssue, POLICY_VERSION, type BannerDisplay, type Policy, type PolicyIssue, type Site } from './types';

const COLOR = /^#[0-9a-f]{6}$/i;

function readEnvironment(value: unknown, path: string, problems: string[]): Environment | null {
  if (!isRecord(value)) return problems.push(`${path}: expected an object`), null;
  const { name, label, color, typedConfirmation } = value;
  if (typeof name !== 'string' || !name.trim()) return problems.push(`${path}.name: expected a non-empty string`), null;
  if (typeof label !== 'string' || !label.trim()) return problems.push(`${path}.label: expected a non-empty string`), null;
  if (typeof color !== 'string' || !COLOR.test(color)) return problems.push(`${path}.color: expected a colour like #c5221f`), null;
  if (typeof typedConfirmation !== 'boolean') return problems.push(`${path}.typedConfirmation: expected true or false`), null;
  const environment: Environment = { name: name.trim(), label: label.trim(), color: color.toLowerCase(), typedConfirmation };
  const guards = readGuards(value.guards);
  if (guards) environment.guards = guards;
  const alsoGuard = readAlsoGuard(value.alsoGuard);
  if (alsoGuard) environment.alsoGuard = alsoGuard;
  return environment;
}

export interface LenientReading {
  /** Where the document sits, for problems: `settings.personal`. */
  path: string;
  /** How a rule's pattern is spelled: `pattern` in version 1 settings, `match` in policy files. */
  patternKey: 'pattern' | 'match';
  /** Receives a line for everything that could not be used. */
  problems: string[];
  /** Why a pattern may not be used, if it may not; given when salvaging a document that was never checked. */
  refusePattern?: (kind: Rule['kind'], pattern: string) => string | null;
}

/** Reads a rule leniently. */
function readRule(value: unknown, path: string, { problems, patternKey, refusePattern }: LenientReading): Rule | null {
  if (!isRecord(value)) return problems.push(`${path}: expected an object`), null;
  const { kind, environment } = value;
  const pattern = value[patternKey];
  if (typeof kind !== 'string' || !(PATTERN_KINDS as readonly string[]).includes(kind)) {
    return problems.push(`${path}.kind: expected one of ${PATTERN_KINDS.join(', ')}`), null;
  }
  if (typeof pattern !== 'string' || !pattern) return problems.push(`${path}.${patternKey}: expected a non-empty string`), null;
  if (typeof environment !== 'string' || !environment.trim()) {
    return problems.push(`${path}.environment: expected an environment name`), null;
  }
  const console = value.console;
  // A rule for a console this version does not know would match nothing: say so rather than read it as Google Cloud's.
  if (console !== undefined && !isConsoleId(console)) return problems.push(`${path}.console: expected gcp, aws or azure`), null;
  const refused = refusePattern?.(kind as Rule['kind'], pattern);
  if (refused) return problems.push(`${path}.${patternKey}: ${refused}`), null;
  const note = typeof value.note === 'string' && value.note ? { note: value.note } : {};
  return { kind: kind as Rule['kind'], pattern, environment: environment.trim(), ...(console && console !== 'gcp' ? { console } : {}), ...note };
}

/** No list a checked policy holds is longer (core/policy/parse MAX_RULES): a longer one is not read at all. */
const MAX_LENIENT_ITEMS = 5000;

/** `"all"` or a list of known kinds; anything else reads as absent (which means all). */
function readGuards(value: unknown): Environment['guards'] | undefined {
  if (value === 'all') return 'all';
  if (!Array.isArray(value) || value.length > MAX_LENIENT_ITEMS) return undefined;
  const kinds = value.filter((kind): kind is DestructiveKind => (DESTRUCTIVE_KINDS as readonly unknown[]).includes(kind));
  return kinds.length === value.length ? kinds : undefined;
}

/** A list of known optional actions; unknown entries are left out (they guard nothing this version knows). */
export function readAlsoGuard(value: unknown): OptionalAction[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LENIENT_ITEMS) return undefined;
  return value.filter((action): action is OptionalAction => (OPTIONAL_ACTIONS as readonly unknown[]).includes(action));
}

/** The `banner` object: each known, well-typed field is kept; anything else reads as absent (the default applies). */
export function readBannerDisplay(value: unknown): BannerDisplay | undefined {
  if (!isRecord(value)) return undefined;
  const banner: BannerDisplay = {};
  if ((BANNER_SIZES as readonly unknown[]).includes(value.size)) banner.size = value.size as BannerDisplay['size'];
  if (typeof value.tintConsoleHeader === 'boolean') banner.tintConsoleHeader = value.tintConsoleHeader;
  return Object.keys(banner).length > 0 ? banner : undefined;
}

/**
 * Reads a policy entry by entry, never throwing: every usable entry is kept,
 * what cannot be used is reported. For documents this extension wrote itself
 * (stored settings, the validated team policy cache), where a full parse at
 * every page load would be wasted work, and to salvage a damaged one.
 */
export function readPolicyLeniently(value: Record<string, unknown>, reading: LenientReading): Policy {
  const { path, problems } = reading;
  const list = (key: string) => {
    const item = value[key];
    if (item === undefined) return [];
    if (Array.isArray(item) && item.length <= MAX_LENIENT_ITEMS) return item;
    problems.push(`${path}.${key}: expected a list${Array.isArray(item) ? ` of at most ${MAX_LENIENT_ITEMS} items` : ''}`);
    return [];
  };
  const environments = list('environments')
    .map((item, i) => readEnvironment(item, `${path}.environments[${i}]`, problems))
    .filter((item): item is Environment => item !== null);
  const rules = list('rules')
    .map((item, i) => readRule(item, `${path}.rules[${i}]`, reading))
    .filter((item): item is Rule => item !== null);
  const banner = readBannerDisplay(value.banner);
  const sites = readSitesLeniently(value.sites, path, problems);
  return {
    ...EMPTY_POLICY,
    environments,
    rules,
    useDefaultRules: value.useDefaultRules !== false,
    allowPersonalRules: value.allowPersonalRules !== false,
    unmatched: typeof value.unmatched === 'string' ? value.unmatched : null,
    ...(banner ? { banner } : {}),
    ...(sites.length > 0 ? { sites } : {}),
  };
}

/** Every usable site; an environment no one defines is kept (the classifier then protects as production). */
function readSitesLeniently(value: unknown, path: string, problems: string[]): Site[] {
  if (value === undefined) return [];
  const errors: PolicyIssue[] = [];
  const checks = { version: POLICY_VERSION, isKnownEnvironment: () => true, unknownEnvironment: () => '' };
  const sites = checkSites(value, checks, errors, []);
  problems.push(...errors.map((issue) => `${path}.${formatIssue(issue)}`));
  return sites;
}
