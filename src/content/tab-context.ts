/** The one holder of what this page shows; features read it and hear of its changes. */
import type { FeatureContext, TabContext } from './feature';

export interface ContextHolder extends TabContext {
  set(next: FeatureContext | null): void;
}

export function createContextHolder(): ContextHolder {
  let current: FeatureContext | null = null;
  let key = '';
  const listeners = new Set<() => void>();
  return {
    current: () => current,
    onChange(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    set(next) {
      const nextKey = next ? JSON.stringify([next.console, next.project, next.environment, next.display, next.pending === true]) : '';
      if (nextKey === key) return;
      current = next;
      key = nextKey;
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          console.error('[Cluster Guard] a feature failed to follow the change', error);
        }
      }
    },
  };
}
