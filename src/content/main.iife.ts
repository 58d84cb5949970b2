/**
 * Content script entry, run at document_start on console pages.
 *
 * Data flows one way: settings -> classifier; location -> project;
 * project + classifier -> environment -> markers. Nothing here decides
 * policy: core does, with the settings it is given.
 *
 * The first render uses the built-in defaults synchronously, so a production
 * tab is marked before the page paints even while storage is still being
 * read (failing closed); the stored settings replace them a moment later.
 */
import { buildClassifier, type Classifier } from '../core/classify';
import { parseConsoleUrl } from '../core/console-url';
import { EMPTY_SETTINGS } from '../core/settings';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { watchLocation } from './location-watcher';
import { MARKERS } from './markers';
import { reportTabState } from './tab-reporter';

let classifier: Classifier = buildClassifier(EMPTY_SETTINGS);
let settingsLoaded = false;
let mounted: { key: string; controller: AbortController } | null = null;

function render(): void {
  const project = parseConsoleUrl(location.href)?.project ?? null;
  const environment = classifier.classify(project)?.environment ?? null;
  const key = project && environment ? JSON.stringify([project, environment]) : '';

  if (mounted?.key !== key) {
    mounted?.controller.abort();
    mounted = null;
    if (project && environment) {
      const controller = new AbortController();
      mounted = { key, controller };
      for (const marker of MARKERS) {
        try {
          marker.mount({ project, environment }, controller.signal);
        } catch (error) {
          console.error(`[Cluster Guard] marker ${marker.id} failed`, error);
        }
      }
    }
  }
  // The badge can wait for the real settings: it is not needed before first paint.
  if (settingsLoaded) void reportTabState(project, environment);
}

function useSettings(result: { settings: typeof EMPTY_SETTINGS; problems: string[] }): void {
  classifier = buildClassifier(result.settings);
  for (const problem of [...result.problems, ...classifier.problems]) console.warn(`[Cluster Guard] ${problem}`);
  settingsLoaded = true;
  render();
}

render();
watchLocation(render, new AbortController().signal);
loadSettings().then(useSettings, (error: unknown) => {
  console.error('[Cluster Guard] could not read settings; using the built-in defaults', error);
  useSettings({ settings: EMPTY_SETTINGS, problems: [] });
});
watchSettings(useSettings);
