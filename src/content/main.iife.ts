/**
 * Content script entry, run at document_start in every console frame.
 *
 * Data flows one way: policy sources (managed, team, personal) -> effective
 * policy; location (and, where the URL does not say, the page) -> console and
 * scope (src/consoles); scope + policy -> environment -> features. Nothing
 * here decides policy: core does, with the settings it is given.
 *
 * A page whose scope is not known yet (an AWS page before its session data)
 * guards with the strongest environment any rule of its console could give
 * (`whileUnknown`), and shows no marker until the scope is known.
 *
 * The first render uses the built-in defaults synchronously, so a production
 * tab is marked and guarded before the page paints or runs a script, even
 * while storage is still being read (failing closed); the stored settings
 * replace them a moment later. If storage cannot be read, the defaults stay.
 *
 * Frames: markers belong to the tab and run in the top frame only; the
 * guard runs in every console frame. A frame whose URL names no scope
 * follows its top frame's environment (see frame-context).
 */
import type { ConsoleId, Scope } from '../consoles/ids';
import { watchPageScope } from '../consoles/page-scope';
import { readConsoleUrl, scopeText } from '../consoles/urls';
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

/** The scope the page showed (AWS session data, account menu) when its URL did not say; it does not change without a reload. */
let pageScope: Scope | null = null;
let readingPage = false;

/** The page's scope: from its URL, else from the page once it shows it; `unknown` until then. */
function currentScope(): { console: ConsoleId; scope: Scope | null; unknown: boolean } | null {
  const reading = readConsoleUrl(location.href);
  if (!reading) return null;
  if (reading.scope.kind === 'scope') return { console: reading.console, scope: reading.scope.scope, unknown: false };
  if (reading.scope.kind === 'none') return { console: reading.console, scope: null, unknown: false };
  if (pageScope?.console === reading.console) return { console: reading.console, scope: pageScope, unknown: false };
  if (isTopFrame && !readingPage) {
    readingPage = true;
    watchPageScope(
      reading.console,
      (scope) => {
        pageScope = scope;
        render();
      },
      lifetime.signal,
    );
  }
  return { console: reading.console, scope: null, unknown: true };
}

const markersOf = (context: FeatureContext | null): FeatureContext | null => (context?.pending ? null : context);

function render(): void {
  if (lifetime.signal.aborted) return;
  const reading = currentScope();
  const scope = reading?.scope ?? null;
  if (!scope && !isTopFrame) {
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
  const { size, tintConsoleHeader } = policy.display;
  const display = { size, tintConsoleHeader };
  if (reading?.unknown) {
    // Fail closed until the page shows its scope.
    const environment = policy.whileUnknown(reading.console);
    context.set(environment ? { console: reading.console, project: '', environment, display, pending: true } : null);
    if (isTopFrame && settingsLoaded) void reportTabState(null, null, environment);
    return;
  }
  const environment = scope ? (policy.classify(scope)?.environment ?? null) : null;
  const project = scope ? scopeText(scope) : null;
  context.set(scope && project && environment ? { console: scope.console, project, environment, display } : null);
  // The badge can wait for the real settings: it is not needed before first paint.
  if (isTopFrame && settingsLoaded) void reportTabState(project, scope, environment);
}

function usePolicy(loaded: LoadedPolicy): void {
  policy = loaded.effective;
  for (const problem of loaded.problems) console.warn(`[Cluster Guard] ${problem}`);
  settingsLoaded = true;
  render();
}

takeOverFromPredecessor(FEATURES, () => lifetime.abort());
render();
// Markers show a scope; while it is unknown only the guard acts.
const markersView = { current: () => markersOf(context.current()), onChange: context.onChange };
for (const feature of FEATURES) {
  try {
    feature.start(feature.frames === 'top' ? markersView : context, lifetime.signal);
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
