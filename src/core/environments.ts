/**
 * Environments and the built-in defaults that make the extension useful with
 * no configuration at all. Pure: no browser globals.
 */
import type { DestructiveKind } from './dialogs';
import type { Rule } from './rule-index';

export interface Environment {
  /** The word a user types to confirm a destructive action, e.g. `production`. */
  name: string;
  /** Short tag for the banner, the title prefix and the toolbar badge, e.g. `PROD`. */
  label: string;
  /** `#rrggbb`. */
  color: string;
  /** Destructive dialogs need the environment's name typed before they can act. */
  typedConfirmation: boolean;
  /** Which destructive dialogs typed confirmation applies to; absent means all of them. */
  guards?: 'all' | readonly DestructiveKind[];
  /** Actions that are not destructive but typed confirmation covers here too; absent means none. */
  alsoGuard?: readonly OptionalAction[];
}

/**
 * Actions left free unless a policy asks (`alsoGuard`): `stop` is stopping
 * or suspending a VM, which loses no data.
 */
export const OPTIONAL_ACTIONS = ['stop'] as const;

export type OptionalAction = (typeof OPTIONAL_ACTIONS)[number];

/** Does typed confirmation in `environment` apply to a dialog of this kind? Unknown kinds are guarded. */
export function guardsKind(environment: Environment, kind: DestructiveKind | null): boolean {
  if (!environment.typedConfirmation) return false;
  const guards = environment.guards ?? 'all';
  return guards === 'all' || kind === null || kind === 'other' || guards.includes(kind);
}

/**
 * Does typed confirmation in `environment` apply to this action class? Any
 * destructive class (delete, shut down, ...; `null` when unrecognised) is
 * guarded whenever typed confirmation is on; an optional action such as
 * `stop` only when `alsoGuard` lists it.
 */
export function guardsAction(environment: Environment, action: string | null): boolean {
  if (!environment.typedConfirmation) return false;
  if ((OPTIONAL_ACTIONS as readonly (string | null)[]).includes(action)) return (environment.alsoGuard ?? []).includes(action as OptionalAction);
  return true;
}

export const DEFAULT_ENVIRONMENTS: readonly Environment[] = [
  { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true },
  { name: 'staging', label: 'STG', color: '#f9ab00', typedConfirmation: false },
  { name: 'development', label: 'DEV', color: '#188038', typedConfirmation: false },
];

/**
 * A project ID "has the token" when the word sits between hyphens or the ends
 * of the ID; the `domain.com:` prefix of a legacy domain-scoped ID counts as
 * an end (`google.com:prod-api` has `prod`).
 */
function tokenRule(tokens: readonly string[], environment: string): Rule {
  return { kind: 'regex', pattern: `(?:.*[-:])?(?:${tokens.join('|')})(?:-.*)?`, environment };
}

/** The words of each built-in rule, in DEFAULT_RULES' order. */
export const DEFAULT_TOKENS: readonly { tokens: readonly string[]; environment: string }[] = [
  { tokens: ['prod', 'prd', 'production', 'live'], environment: 'production' },
  { tokens: ['stg', 'stage', 'staging', 'uat', 'preprod'], environment: 'staging' },
  { tokens: ['dev', 'test', 'qa', 'sandbox'], environment: 'development' },
];

/** Ordered strongest first: a project named both `prod` and `test` is treated as production. */
export const DEFAULT_RULES: readonly Rule[] = DEFAULT_TOKENS.map(({ tokens, environment }) => tokenRule(tokens, environment));

/** The production environment; what the guard falls back to when in doubt. */
export const PRODUCTION: Environment = DEFAULT_ENVIRONMENTS[0]!;
