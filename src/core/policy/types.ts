/**
 * The policy model: what a team policy file, an enterprise-managed policy and
 * a user's personal rules all are, once parsed. Pure types and constants.
 *
 * On disk (policy files, managed storage, exports) a rule's pattern is
 * spelled `match`; in memory it is `Rule.pattern`. core/policy/parse converts
 * both ways, so the rest of the code only ever sees this model.
 */
import type { Environment } from '../environments';
import type { Rule } from '../rule-index';
import type { SiteScopeFrom } from '../sites/site-scope';

/**
 * The newest policy file version this extension understands. Newer files are refused.
 * 1: Google Cloud rules only. 2: a rule may name its console (`gcp`, `aws`, `azure`).
 * 3: `sites`, the cluster UIs a team hosts itself, and rules for them (`site`).
 * Older files read as they always did; exports write the lowest version
 * that holds their content (core/policy/file).
 */
export const POLICY_VERSION = 3;
export type PolicyVersion = 1 | 2 | 3;

export interface Policy {
  /** In memory every policy is the newest model, whatever file version it was read from; a written file gets the lowest version that holds its content. */
  version: typeof POLICY_VERSION;
  environments: Environment[];
  /** Ordered: the first match wins. */
  rules: Rule[];
  /** Environment name given to projects no rule matches; null leaves them unmarked. */
  unmatched: string | null;
  /** Apply the built-in token rules (prod, stg, dev, ...) after this policy's own rules. */
  useDefaultRules: boolean;
  /** Team and managed policies only: may members add personal rules? (Personal rules can never weaken the team's.) */
  allowPersonalRules: boolean;
  /**
   * How the console is marked, when this policy says: each field optional,
   * absent when not set (then a weaker source, or the default, decides).
   * Cosmetic: it never changes what is protected.
   */
  banner?: BannerDisplay;
  /** Version 3: sites this policy marks and guards besides the three clouds; absent when none. */
  sites?: Site[];
}

/**
 * A web UI a team hosts itself (Argo CD, Grafana, an OpenShift console),
 * marked and guarded like a cloud console once the person lets the
 * extension in. Its pages belong to `environment`, unless `scope` reads a
 * name from the URL that a `site` rule (or a built-in token rule) classifies.
 */
export interface Site {
  /** A match pattern as both browsers write them: `https://argocd.prod.acme.internal/*`. */
  match: string;
  /** What people call it, for the options page, the popup and the permission request. */
  name?: string;
  /** The environment of the site's pages when no rule classifies their scope. */
  environment?: string;
  /** Where in the URL the site names what its pages act on (a namespace, an Argo CD project). */
  scope?: SiteScopeFrom;
  note?: string;
}
export const BANNER_SIZES = ['compact', 'tall'] as const;
export type BannerSize = (typeof BANNER_SIZES)[number];

/** The `banner` object of a policy file: every field optional. */
export interface BannerDisplay {
  /** `compact`: the 28px strip; `tall`: a 48px bar with larger text. */
  size?: BannerSize;
  /** Also tint the console's own top bar in the environment colour (best effort). */
  tintConsoleHeader?: boolean;
}

/** What applies when no source sets a field: today's strip, no tint. */
export const DEFAULT_BANNER_DISPLAY: Required<BannerDisplay> = { size: 'compact', tintConsoleHeader: false };

/** Where a policy came from, strongest first. */
export type PolicySource = 'managed' | 'team' | 'personal' | 'default';

export const EMPTY_POLICY: Policy = {
  version: POLICY_VERSION,
  environments: [],
  rules: [],
  unmatched: null,
  useDefaultRules: true,
  allowPersonalRules: true,
};

/** A problem with a path into the document, e.g. `rules[3].match: invalid regular expression: ...`. */
export interface PolicyIssue {
  path: string;
  message: string;
}

export function formatIssue(issue: PolicyIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export type ParseResult = { ok: true; policy: Policy; warnings: PolicyIssue[] } | { ok: false; errors: PolicyIssue[] };
