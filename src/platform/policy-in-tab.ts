/**
 * The policy a console tab uses: what the background published, every
 * source already checked, asked of the background by message (`tab-policy`)
 * and pushed by it on every new publication. Content scripts never read
 * extension storage (Chrome closes it to them, and in Firefox a page could
 * have changed what is there); a push arrives through runtime.onMessage,
 * which only this extension's own contexts can send to. No validator runs
 * here (platform/checked-policy is the background's and the options page's),
 * so a tab is ready at once however large the policy.
 */
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import { readTabPolicy, type TabPolicy } from '../core/policy/tab-policy';
import { extensionApi } from './extension-api';
import { isTabPolicyPush, send } from './messages';

export interface LoadedPolicy {
  effective: EffectivePolicy;
  /** What the background found wrong with the sources, for the console. */
  problems: readonly string[];
}

/** What a tab makes of the published policy: all the work a tab does with it (the benchmark times this). */
export function policyFrom(published: TabPolicy): LoadedPolicy {
  return { effective: buildEffectivePolicy(published.sources, published.indexes), problems: published.problems };
}

/** A push that arrived since the page loaded: newer than any reply still on its way. */
let pushed = false;

/** Asks the background; rejects when it gives no policy (the caller keeps the built-in defaults). */
export async function loadPolicy(): Promise<LoadedPolicy> {
  const reply = await send('tab-policy');
  if (!reply) throw new Error('the background gave no policy');
  if (pushed) throw new Error('a newer policy was pushed meanwhile');
  return policyFrom(readTabPolicy(reply.policy));
}

/** Calls back whenever the background publishes a new policy. Returns an unsubscribe. */
export function watchPolicy(onChange: (loaded: LoadedPolicy) => void): () => void {
  const listener = (message: unknown) => {
    if (!isTabPolicyPush(message)) return undefined;
    pushed = true;
    onChange(policyFrom(readTabPolicy(message.policy)));
    return undefined;
  };
  const onMessage = extensionApi().runtime.onMessage;
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
