/**
 * Keeps one dynamic content script registered for the self-hosted sites the
 * policies name, on those the person granted access to (core/sites/
 * site-registration plans it). The script is the manifest's own content
 * script, so a site gets exactly what the cloud consoles get. Called when
 * the worker starts, when the published policy changes (policy-publisher)
 * and when a host permission is added or removed: the background, not the
 * page that asked, follows a grant (a Firefox popup may close while the
 * permission prompt is open).
 *
 * Browser support (Chrome 120+, Firefox 142+): registerContentScripts with
 * `persistAcrossSessions` (Firefox since 105, bugzilla.mozilla.org/1751436;
 * Chrome's default) lets the script run at document_start after a browser
 * restart, before this worker wakes; it is still checked at every start.
 * `matchOriginAsFallback` is left off: Chrome refuses it for a pattern whose
 * path is not `/*`, and sites may name a path (developer.chrome.com/docs/
 * extensions/reference/api/scripting#type-RegisteredContentScript; Firefox
 * since 128, bugzilla.mozilla.org/1853411). `world` stays the default
 * ISOLATED one, as for the manifest's script.
 * A revoke unregisters the site: scripts already running in its open tabs
 * stay until those tabs reload (neither browser can unload one).
 */
import browser from 'webextension-polyfill';
import type { Scripting } from 'webextension-polyfill';
import type { PolicySources } from '../core/policy/effective';
import { readCheckedPolicy } from '../platform/checked-policy';
import { personalSitesAllowed, planSiteRegistration } from '../core/sites/site-registration';
import { sitesInForce } from '../core/sites/sites-in-force';

export const SITE_SCRIPTS_ID = 'cluster-guard-sites';

let latest: PolicySources | null = null;
let queue: Promise<void> = Promise.resolve();

/**
 * A file as registerContentScripts takes it: its path in the extension.
 * Firefox's getManifest() (and getRegisteredContentScripts) give full
 * moz-extension:// URLs, which its registerContentScripts refuses ("must be
 * a relative URL"); Chrome gives the paths as written.
 */
function extensionPath(file: string): string {
  const root = browser.runtime.getURL('/');
  return (file.startsWith(root) ? file.slice(root.length) : file).replace(/^\//, '');
}

function contentScriptFiles(): string[] {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js;
  if (!files?.length) throw new Error('the manifest declares no content script');
  return files.map(extensionPath);
}

/** Runs the script once in the open tabs (every frame we have access to) of patterns just registered, so nobody has to reload. */
async function injectIntoOpenTabs(matches: string[], files: string[]): Promise<void> {
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).catch(() => undefined),
    ),
  );
}

async function apply(): Promise<void> {
  const sources = latest ?? (latest = (await readCheckedPolicy()).sources);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const plan = planSiteRegistration(sitesInForce(sources, personalSitesAllowed(sources)), granted);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPTS_ID] });
  if (plan.matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPTS_ID] });
    return;
  }
  const files = contentScriptFiles();
  const wanted: Scripting.RegisteredContentScript = {
    id: SITE_SCRIPTS_ID,
    js: files,
    matches: plan.matches,
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  const before = current?.matches ?? [];
  const same =
    current &&
    JSON.stringify([...before].sort()) === JSON.stringify(plan.matches) &&
    JSON.stringify(current.js?.map(extensionPath)) === JSON.stringify(files) &&
    current.runAt === wanted.runAt &&
    current.allFrames === true;
  if (same) return;
  if (current) await browser.scripting.updateContentScripts([wanted]);
  else await browser.scripting.registerContentScripts([wanted]);
  await injectIntoOpenTabs(plan.matches.filter((match) => !before.includes(match)), files);
}

/**
 * Brings the registration in step with `sources` (or the sources last given,
 * read from storage the first time). One update at a time; each reads the
 * latest sources and grants when it runs, so the last plan wins and the same
 * id is never registered twice.
 */
export function keepSiteScripts(sources?: PolicySources): Promise<void> {
  if (sources) latest = sources;
  const next = queue.then(apply);
  queue = next.catch(() => undefined);
  return next;
}

/** Follows grants and revokes, whichever page or browser UI made them. Call once, synchronously at the top level. */
export function keepSiteScriptsOnPermissionChanges(onFailure: (error: unknown) => void): void {
  const follow = () => void keepSiteScripts().catch(onFailure);
  browser.permissions.onAdded.addListener(follow);
  browser.permissions.onRemoved.addListener(follow);
}
