/**
 * What a policy costs once accepted: the bytes the background publishes for
 * console tabs (its rules with their index and RE2 programs, core/policy/tab-policy)
 * and the worst-case work of matching one ID against its rules in a tab.
 * A policy over either budget is refused where policies are checked
 * (core/policy/parse: the CLI, the options page and the background), so
 * that nothing accepted fails to publish or slows the console. Pure.
 *
 * Work is counted in steps: one step is one thread of an RE2 program
 * (core/patterns/program) moved over one character. A program runs at most
 * (its size) threads per character, and no ID a console shows is longer than
 * MAX_ID_LENGTH. A glob compares one character at a time (core/patterns/glob)
 * in about an eighth of a program step (measured in cost.test.ts), and at
 * most its length times the ID's. An exact rule is a map lookup: free.
 * Rules are tried only when their literal start (or end) is the ID's
 * (core/rule-index), so the worst ID meets, per affix length, only the
 * costliest group of rules sharing one affix, plus every rule with none.
 */
import { CONSOLE_IDS, type ConsoleId } from '../../consoles/ids';
import { compileRegex } from '../patterns/re2';
import { literalAffixes, ruleConsole, type Rule } from '../rule-index';
import { tabPolicyToStored } from './tab-policy';
import { POLICY_VERSION, type Policy, type PolicyIssue } from './types';

/**
 * Published bytes per policy. storage.local holds 10 MiB; the published item
 * carries up to three sources (managed, team, personal), so three at the
 * limit take 6 MiB and leave room for the team policy cache, the settings and
 * the audit trail. A 5,000-rule policy of exact IDs, globs and 500 regexes
 * publishes as about 0.65 MiB.
 */
export const MAX_PUBLISHED_BYTES = 2 * 1024 * 1024;
/**
 * Worst-case steps to match one ID against one policy's rules: at most about 0.3 ms
 * on a small, busy machine (cost.test.ts builds the costliest policy this
 * accepts and times it), so the three sources a tab tries stay under 1 ms.
 */
export const MAX_STEPS_PER_ID = 10_000;
/** The longest ID or name any console shows (consoles/gcp/console-url). */
export const MAX_ID_LENGTH = 127;
/** A glob's character comparison is this many times cheaper than a program step. */
const GLOB_STEP_DIVISOR = 8;

/** Rules of AWS are tried against the account ID and its alias: twice per page. */
const KEYS_PER_SCOPE: Record<ConsoleId, number> = { gcp: 1, aws: 2, azure: 1, site: 1 };

/** Steps to match one ID against one rule, at worst. */
export function ruleSteps(rule: Rule): number {
  if (rule.kind === 'regex') return compileRegex(rule.pattern).inst.length * (MAX_ID_LENGTH + 1);
  if (rule.kind === 'glob') return Math.ceil(([...rule.pattern].length * MAX_ID_LENGTH) / GLOB_STEP_DIVISOR);
  return 0;
}

/** Affix groups of one console's rules: per affix length, each affix's summed steps and the largest. */
class ConsoleCost {
  private anywhere = 0;
  private readonly groups = new Map<string, number>();
  private readonly largest = new Map<string, number>();

  add(rule: Rule, steps: number): void {
    if (steps === 0) return;
    const { prefix, suffix } = literalAffixes(rule.kind, rule.pattern);
    if (!prefix && !suffix) {
      this.anywhere += steps;
      return;
    }
    const side = prefix ? `p${prefix.length}` : `s${suffix.length}`;
    const key = `${side}\u0000${prefix || suffix}`;
    const sum = (this.groups.get(key) ?? 0) + steps;
    this.groups.set(key, sum);
    if (sum > (this.largest.get(side) ?? 0)) this.largest.set(side, sum);
  }

  worst(): number {
    let total = this.anywhere;
    for (const steps of this.largest.values()) total += steps;
    return total;
  }
}

/** Running cost of a policy's rules as they are checked, one by one; a rule only ever adds. */
export class PolicyCost {
  private readonly consoles = new Map<ConsoleId, ConsoleCost>();
  /** Bytes of the programs published so far: a lower bound of what the policy publishes. */
  programBytes = 0;

  /** Adds a rule whose pattern compiled. */
  add(rule: Rule): void {
    const console = ruleConsole(rule);
    let cost = this.consoles.get(console);
    if (!cost) this.consoles.set(console, (cost = new ConsoleCost()));
    cost.add(rule, ruleSteps(rule));
    if (rule.kind === 'regex') this.programBytes += JSON.stringify(compileRegex(rule.pattern)).length;
  }

  /** Why the rules added so far are too costly already, or null; `partial`: more rules were not counted. */
  refusal(partial: boolean): PolicyIssue | null {
    const steps = this.steps();
    if (steps > MAX_STEPS_PER_ID) return stepsIssue(steps, partial);
    if (this.programBytes > MAX_PUBLISHED_BYTES) return sizeIssue(this.programBytes, true);
    return null;
  }

  /** Worst-case steps for one page of the costliest console. */
  steps(): number {
    let worst = 0;
    for (const console of CONSOLE_IDS) worst = Math.max(worst, (this.consoles.get(console)?.worst() ?? 0) * KEYS_PER_SCOPE[console]);
    return worst;
  }
}

const ADVICE = 'use fewer or simpler regular expressions, or start each with its literal text (acme-…) so that it is tried only for IDs that start so';

/** The refusal for a policy whose rules cost more than MAX_STEPS_PER_ID; `partial`: counted before every rule was. */
export function stepsIssue(steps: number, partial: boolean): PolicyIssue {
  return {
    path: 'rules',
    message: `this policy's rules would cost ${partial ? 'at least ' : ''}${steps.toLocaleString('en-US')} steps per project ID in a console tab (limit ${MAX_STEPS_PER_ID.toLocaleString('en-US')}): ${ADVICE}`,
  };
}

/** UTF-8 bytes of a JSON text. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** The bytes `policy` takes published for console tabs, as the background stores it. */
export function publishedBytes(policy: Policy): number {
  return utf8Bytes(JSON.stringify(tabPolicyToStored({ sources: { managed: null, team: policy, personal: null }, problems: [] })));
}

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

function sizeIssue(bytes: number, partial: boolean): PolicyIssue {
  return {
    path: 'rules',
    message: `this policy would take ${partial ? 'at least ' : ''}${mib(bytes)} published for console tabs, with its regular expressions compiled (limit ${mib(MAX_PUBLISHED_BYTES)}): ${ADVICE}`,
  };
}

/** The refusal for a policy that would publish larger than MAX_PUBLISHED_BYTES, or null. */
export function publishedSizeIssue(policy: Policy): PolicyIssue | null {
  const bytes = publishedBytes(policy);
  return bytes <= MAX_PUBLISHED_BYTES ? null : sizeIssue(bytes, false);
}

/**
 * The rules, in order, as far as they stay within both budgets: what a
 * damaged stored policy may keep when it is salvaged rule by rule.
 */
export function rulesWithinCost(rules: readonly Rule[]): Rule[] {
  const cost = new PolicyCost();
  const kept: Rule[] = [];
  for (const rule of rules) {
    cost.add(rule);
    if (cost.refusal(false)) break;
    kept.push(rule);
  }
  const over = () => publishedBytes({ version: POLICY_VERSION, environments: [], rules: kept, unmatched: null, useDefaultRules: true, allowPersonalRules: true }) > MAX_PUBLISHED_BYTES;
  while (kept.length > 0 && over()) kept.length = Math.floor(kept.length * 0.9);
  return kept;
}
