/**
 * What a frame without a project of its own (a console page rendered in a
 * same-origin frame, an about:blank frame written by the console) shows:
 * its tab's top frame's environment, asked of the background and pushed by
 * it on every change. Until the answer arrives the frame guards as if it
 * were production: when in doubt, protect.
 */
import { PRODUCTION, type Environment } from '../core/environments';
import { DEFAULT_BANNER_DISPLAY } from '../core/policy/types';
import type { Scope } from '../consoles/ids';
import { readScope, type TabEnvironment } from '../core/tab-state';
import { extensionApi } from '../platform/extension-api';
import { isTopFrameState, send } from '../platform/messages';
import type { FeatureContext } from './feature';

/** While the top frame's environment is unknown. */
export const UNKNOWN_TOP_FRAME: FeatureContext = { console: 'gcp', project: '', environment: PRODUCTION, display: DEFAULT_BANNER_DISPLAY };

function toContext(project: string | null, scope: Scope | null | undefined, environment: TabEnvironment | null): FeatureContext | null {
  if (!environment) return null;
  const full: Environment = { ...environment };
  // Frames run only the guard, which has no display: the default will do.
  return { console: scope?.console ?? 'gcp', project: project ?? '', environment: full, display: DEFAULT_BANNER_DISPLAY };
}

/** Calls `use` with the top frame's context now (once known) and after every change, until `signal` aborts. */
export function followTopFrame(use: (context: FeatureContext | null) => void, signal: AbortSignal): void {
  let pushed = false;
  const listener = (message: unknown) => {
    if (!isTopFrameState(message) || signal.aborted) return undefined;
    pushed = true;
    use(toContext(message.project, readScope(message.scope), message.environment));
    return undefined;
  };
  try {
    const onMessage = extensionApi().runtime.onMessage;
    onMessage.addListener(listener);
    signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
    send('frame-context').then(
      (reply) => {
        // A push that arrived meanwhile is newer; an unknown top frame keeps us guarding until it reports.
        if (!pushed && !signal.aborted && reply?.known) use(toContext(reply.project, readScope(reply.scope), reply.environment));
      },
      () => undefined,
    );
  } catch {
    // Extension context gone: keep guarding as if protected.
  }
}
