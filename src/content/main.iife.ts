/**
 * Content script entry, run at document_start on console pages.
 *
 * Data flows one way: policy sources (managed, team, personal) -> effective
 * policy; location -> project; project + policy -> environment -> features.
 * Nothing here decides policy: core does, with the settings it is given.
 *
 * The first render uses the built-in defaults synchronously, so a production
 * tab is marked and guarded before the page paints or runs a script, even
 * while storage is still being read (failing closed); the stored settings
 * replace them a moment later. If storage cannot be read, the defaults stay.
 * The defaults mark and guard production-looking projects: in doubt, protect.
 */
import { parseConsoleUrl } from '../core/console-url';
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import { loadPolicy, watchPolicy, type LoadedPolicy } from '../platform/policy-in-tab';
import type { Feature } from './feature';
import { dialogGuard } from './guard/dialog-guard';
import { watchLocation } from './location-watcher';
import { MARKERS } from './markers';
import { takeOverFromPredecessor } from './predecessor';
import { reportTabState } from './tab-reporter';

const FEATURES: readonly Feature[] = [...MARKERS, dialogGuard];

const lifetime = new AbortController();
const BUILT_IN_ONLY = buildEffectivePolicy({ managed: null, team: null, personal: null });
let policy: EffectivePolicy = BUILT_IN_ONLY;
let settingsLoaded = false;
let mounted: { key: string; controller: AbortController } | null = null;

function render(): void {
  if (lifetime.signal.aborted) return;
  const project = parseConsoleUrl(location.href)?.project ?? null;
  const environment = policy.classify(project)?.environment ?? null;
  const key = project && environment ? JSON.stringify([project, environment]) : '';

  if (mounted?.key !== key) {
    mounted?.controller.abort();
    mounted = null;
    if (project && environment) {
      const controller = new AbortController();
      mounted = { key, controller };
      for (const feature of FEATURES) {
        try {
          feature.mount({ project, environment }, controller.signal);
        } catch (error) {
          console.error(`[Cluster Guard] ${feature.id} failed`, error);
        }
      }
    }
  }
  // The badge can wait for the real settings: it is not needed before first paint.
  if (settingsLoaded) void reportTabState(project, environment);
}

function usePolicy(loaded: LoadedPolicy): void {
  policy = loaded.effective;
  for (const problem of loaded.problems) console.warn(`[Cluster Guard] ${problem}`);
  settingsLoaded = true;
  render();
}

takeOverFromPredecessor(() => {
  lifetime.abort();
  mounted?.controller.abort();
  mounted = null;
});
render();
watchLocation(render, lifetime.signal);
loadPolicy().then(usePolicy, (error: unknown) => {
  console.error('[Cluster Guard] could not read the policy; using the built-in defaults', error);
  settingsLoaded = true;
  render();
});
try {
  const unwatch = watchPolicy(usePolicy);
  lifetime.signal.addEventListener('abort', unwatch);
} catch {
  // No storage events in this context: the defaults or last settings stay in force.
}
