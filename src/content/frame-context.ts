/**
 * What a frame without a project of its own (a console page rendered in a
 * same-origin frame, an about:blank frame written by the console) shows:
 * its tab's top frame's environment, asked of the background and pushed by
 * it on every change. Until the answer arrives the frame guards as if it
 * were production: when in doubt, protect.
 */
import browser from 'webextension-polyfill';
import { PRODUCTION, type Environment } from '../core/environments';
import type { FeatureContext } from './feature';
import type { FrameContextReply, TabEnvironment } from '../platform/messages';

/** While the top frame's environment is unknown. */
export const UNKNOWN_TOP_FRAME: FeatureContext = { project: '', environment: PRODUCTION };

function toContext(project: string | null, environment: TabEnvironment | null): FeatureContext | null {
  if (!environment) return null;
  const full: Environment = { ...environment };
  return { project: project ?? '', environment: full };
}

function isTopFrameState(message: unknown): message is { type: 'top-frame-state'; project: string | null; environment: TabEnvironment | null } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'top-frame-state';
}

/** Calls `use` with the top frame's context now (once known) and after every change, until `signal` aborts. */
export function followTopFrame(use: (context: FeatureContext | null) => void, signal: AbortSignal): void {
  let pushed = false;
  const listener = (message: unknown) => {
    if (!isTopFrameState(message) || signal.aborted) return undefined;
    pushed = true;
    use(toContext(message.project, message.environment));
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
    (browser.runtime.sendMessage({ type: 'frame-context' }) as Promise<FrameContextReply | undefined>).then(
      (reply) => {
        // A push that arrived meanwhile is newer; an unknown top frame keeps us guarding until it reports.
        if (!pushed && !signal.aborted && reply?.known) use(toContext(reply.project, reply.environment));
      },
      () => undefined,
    );
  } catch {
    // Extension context gone: keep guarding as if protected.
  }
}
