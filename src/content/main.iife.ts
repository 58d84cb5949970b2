/**
 * Content script entry, run at document_start in every console frame.
 *
 * Data flows one way: policy sources (managed, team, personal) -> effective
 * policy; location -> project; project + policy -> environment -> features.
 * Nothing here decides policy: core does, with the settings it is given.
 *
 * The first render uses the built-in defaults synchronously, so a production
 * tab is marked and guarded before the page paints or runs a script, even
 * while storage is still being read (failing closed); the stored settings
 * replace them a moment later. If storage cannot be read, the defaults stay.
 *
 * Frames: markers belong to the tab and run in the top frame only; the
 * guard runs in every console frame. A frame whose URL names no project
 * follows its top frame's environment (see frame-context).
 */
import { parseConsoleUrl } from '../core/console-url';
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import { loadPolicy, watchPolicy, type LoadedPolicy } from '../platform/policy-in-tab';
import type { Feature, FeatureContext } from './feature';
import { followTopFrame, UNKNOWN_TOP_FRAME } from './frame-context';
import { dialogGuard } from './guard/dialog-guard';
import { watchLocation } from './location-watcher';
import { MARKERS } from './markers';
import { takeOverFromPredecessor } from './predecessor';
import { createContextHolder } from './tab-context';
import { reportTabState } from './tab-reporter';

const isTopFrame = window === window.top;
const FEATURES: readonly Feature[] = [...MARKERS, dialogGuard].filter((feature) => isTopFrame || feature.frames === 'all');

const lifetime = new AbortController();
const context = createContextHolder();
const BUILT_IN_ONLY = buildEffectivePolicy({ managed: null, team: null, personal: null });
let policy: EffectivePolicy = BUILT_IN_ONLY;
let settingsLoaded = false;
/** In a frame without a project: what its top frame shows (UNKNOWN_TOP_FRAME until told). */
let topFrameContext: FeatureContext | null = UNKNOWN_TOP_FRAME;
let followingTopFrame = false;

function render(): void {
  if (lifetime.signal.aborted) return;
  const project = parseConsoleUrl(location.href)?.project ?? null;
  if (!project && !isTopFrame) {
    if (!followingTopFrame) {
      followingTopFrame = true;
      followTopFrame((top) => {
        topFrameContext = top;
        render();
      }, lifetime.signal);
    }
    context.set(topFrameContext);
    return;
  }
  const environment = policy.classify(project)?.environment ?? null;
  const { size, tintConsoleHeader } = policy.display;
  context.set(project && environment ? { project, environment, display: { size, tintConsoleHeader } } : null);
  // The badge can wait for the real settings: it is not needed before first paint.
  if (isTopFrame && settingsLoaded) void reportTabState(project, environment);
}

function usePolicy(loaded: LoadedPolicy): void {
  policy = loaded.effective;
  for (const problem of loaded.problems) console.warn(`[Cluster Guard] ${problem}`);
  settingsLoaded = true;
  render();
}

takeOverFromPredecessor(FEATURES, () => lifetime.abort());
render();
for (const feature of FEATURES) {
  try {
    feature.start(context, lifetime.signal);
  } catch (error) {
    console.error(`[Cluster Guard] ${feature.id} failed`, error);
  }
}
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
