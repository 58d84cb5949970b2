/**
 * A URL that names a scope by its ID only (an AWS multi-session host) and a
 * page that shows the same scope's name (its account alias in the session
 * data): the name counts too, so `acme-prod` marks and guards an account no
 * rule names by ID. It may only add protection: the environment is the more
 * protective of the ID's alone and the ID's with the name. A page naming
 * another scope adds nothing here (sources that disagree leave the tab
 * unknown where the page is read: consoles/scope-sources). Pure.
 */
import type { Scope } from '../../consoles/ids';
import type { Environment } from '../environments';
import type { EffectivePolicy } from './effective';

function strength(environment: Environment | null): number {
  if (!environment) return 0;
  return environment.typedConfirmation ? 2 : 1;
}

export function withPageName(policy: EffectivePolicy, fromUrl: Scope, fromPage: Scope | null): { scope: Scope; environment: Environment | null } {
  const byId = policy.classify(fromUrl)?.environment ?? null;
  if (!fromPage?.name || fromPage.console !== fromUrl.console || fromPage.id !== fromUrl.id) return { scope: fromUrl, environment: byId };
  const scope = { ...fromUrl, name: fromPage.name };
  const byName = policy.classify(scope)?.environment ?? null;
  return { scope, environment: strength(byName) > strength(byId) ? byName : byId };
}
