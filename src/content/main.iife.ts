/**
 * Content script entry, run at document_start in every console frame.
 *
 * Data flows one way: policy sources (managed, team, personal) -> effective
 * policy; location (and, where the URL does not say, the page) -> console and
 * scope (src/consoles); scope + policy -> environment -> features. Nothing
 * here decides policy: core does, with the settings it is given.
 *
 * A page whose scope is not known yet (an AWS page before its session data,
 * or one whose sources disagree) guards with the strongest environment any
 * rule of its console could give (`whileUnknown`), and shows no marker until
 * the scope is known. What the page shows is watched like the URL: when it
 * changes, the tab is marked and guarded again.
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
// First, so that it sees every observer (benchmark builds only; empty otherwise).
import './observer-profile';
import type { ConsoleId, Scope } from '../consoles/ids';
import { hasPageReader, watchPageSources } from '../consoles/page-scope';
import { decideScope, type ScopeSource } from '../consoles/scope-sources';
import { CONSOLES, readConsoleUrl, SCOPE_NOUNS, scopeText } from '../consoles/urls';
import { buildEffectivePolicy, type EffectivePolicy } from '../core/policy/effective';
import { siteTabText } from '../core/sites/sites-in-force';
import { loadPolicy, watchPolicy, type LoadedPolicy } from '../platform/policy-in-tab';
import type { Feature, FeatureContext, TabContext } from './feature';
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

/** What the page says about its scope (AWS: session data, account ID control, account menu), best first; watched while the page lives. */
let pageSources: ScopeSource[] = [];
let watchingPage = false;
/** The disagreement last warned about, so a page that keeps it is not warned about on every render. */
let warnedConflict = '';

/**
 * The page's scope: the URL's and the page's sources together (best first:
 * a multi-session host, then what the page shows); `unknown` until one names
 * it, or while two disagree (fail closed).
 */
function currentScope(): { console: ConsoleId; scope: Scope | null; unknown: boolean } | null {
  const reading = readConsoleUrl(location.href);
  if (!reading) return null;
  const { console: id } = reading;
  if (reading.scope.kind === 'none') return { console: id, scope: null, unknown: false };
  if (isTopFrame && !watchingPage && hasPageReader(id)) {
    watchingPage = true;
    pageSources = watchPageSources(
      id,
      (sources) => {
        pageSources = sources;
        render();
      },
      lifetime.signal,
    );
  }
  const fromUrl: ScopeSource[] = reading.scope.kind === 'scope' ? [{ from: 'URL', id: reading.scope.scope.id, name: reading.scope.scope.name }] : [];
  const verdict = decideScope(id, [...fromUrl, ...pageSources], CONSOLES[id].formatId);
  if (verdict.kind === 'scope') {
    warnedConflict = '';
    return { console: id, scope: verdict.scope, unknown: false };
  }
  if (verdict.kind === 'conflict' && verdict.why !== warnedConflict) {
    warnedConflict = verdict.why;
    console.warn(`[Cluster Guard] This page names two ${SCOPE_NOUNS[id]}s (${verdict.why}): guarding it as if protected until they agree.`);
  }
  return { console: id, scope: null, unknown: true };
}

/** Typed confirmation beats none, and any environment beats none at all. */
const protectsMore = (a: FeatureContext | null, b: FeatureContext | null): boolean => {
  const strength = (c: FeatureContext | null) => (c ? (c.environment.typedConfirmation ? 2 : 1) : 0);
  return strength(a) > strength(b);
};

const markersOf = (context: FeatureContext | null): FeatureContext | null => (context?.pending ? null : context);

/**
 * A page of a site the policy names (an Argo CD, a Grafana): this script runs
 * on one only because the person let the extension in there. Decided by its
 * address; until the stored policy is read, the top frame is guarded as if
 * protected (fail closed). False when the page is no site's: the console
 * path below handles it (a frame with no URL of its own follows its top).
 */
function renderSite(): boolean {
  const { size, tintConsoleHeader } = policy.display;
  const display = { size, tintConsoleHeader };
  if (!settingsLoaded) {
    if (!isTopFrame) return false;
    const environment = policy.whileUnknown('site');
    context.set(environment ? { console: 'site', project: '', environment, display, pending: true } : null);
    return true;
  }
  const reading = policy.classifySite(location.href);
  if (!reading) return false;
  const environment = reading.classification?.environment ?? null;
  const project = siteTabText(reading.site, reading.scope?.id ?? null);
  const own = environment ? { console: 'site' as const, project, environment, display } : null;
  context.set(followingTopFrame && protectsMore(topFrameContext, own) ? topFrameContext : own);
  if (isTopFrame) void reportTabState(project, reading.scope, environment);
  return true;
}

function render(): void {
  if (lifetime.signal.aborted) return;
  if (!readConsoleUrl(location.href) && renderSite()) return;
  const reading = currentScope();
  const scope = reading?.scope ?? null;
  // A frame of a console whose page says more than its URL (an AWS alias beside the host's ID) also follows its top frame.
  if (!isTopFrame && (!scope || hasPageReader(scope.console)) && !followingTopFrame) {
    followingTopFrame = true;
    followTopFrame((top) => {
      topFrameContext = top;
      render();
    }, lifetime.signal);
  }
  if (!scope && !isTopFrame) {
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
  const own = scope && project && environment ? { console: scope.console, project, environment, display } : null;
  context.set(followingTopFrame && protectsMore(topFrameContext, own) ? topFrameContext : own);
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
// The guard also judges scopes a dialog names, by the same policy as the tab.
const pageConsole = (): ConsoleId | null => readConsoleUrl(location.href)?.console ?? (policy.classifySite(location.href) || (!settingsLoaded && isTopFrame) ? 'site' : null);
const guardView: TabContext = {
  current: context.current,
  onChange: context.onChange,
  scopes: {
    console: pageConsole,
    environmentOf: (scope) => policy.classify(scope)?.environment ?? null,
    anyProtected: () => {
      const id = pageConsole();
      return id !== null && policy.whileUnknown(id) !== null;
    },
  },
};
for (const feature of FEATURES) {
  try {
    feature.start(feature.frames === 'top' ? markersView : guardView, lifetime.signal);
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
