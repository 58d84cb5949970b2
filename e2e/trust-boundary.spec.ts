/**
 * In both browsers: what a page that took over the extension's content-script
 * world in one console tab can do to the others. From that world (Chromium:
 * its isolated world over CDP; Firefox: its content-script target over the
 * devtools server) it writes a published policy that makes every project
 * development, removes the audit trail and the protection notice, sends
 * 1,100 forged audit messages naming another project, and asks for the
 * other tabs from a frame. A production tab, open and newly opened, stays
 * PROD and guarded; the trail keeps its real entries and the forged ones
 * carry the sender's own project.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import type { ExtensionSession } from './support/launch';
import { WORKFORCE_CONSOLE, openConsole } from './support/console';
import { clearSettings, readAuditLog } from './support/extension-state';
import { dialogFixture, openDialog, expectPrompt, satisfyConsole } from './support/dialogs';
import { LOCAL_KEYS } from '../src/platform/storage-keys';
import { parsePolicyObject } from '../src/core/policy/parse';
import { tabPolicyToStored } from '../src/core/policy/tab-policy';

const PROD = '/kubernetes/list/overview?project=acme-prod-1';
const DEV = '/kubernetes/list/overview?project=acme-dev';
const EVERYTHING_DEV = (() => {
  const parsed = parsePolicyObject({ version: 1, environments: [], rules: [{ kind: 'glob', match: '*', environment: 'development' }] });
  if (!parsed.ok) throw new Error('bad test policy');
  return tabPolicyToStored({ sources: { managed: parsed.policy, team: null, personal: null }, problems: [] });
})();

/** Waits until the background has worked through the flood: the trail reads the same twice, a second apart (at most a minute). */
async function trailSettled(session: ExtensionSession): Promise<void> {
  let previous = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    const current = JSON.stringify(await readAuditLog(session));
    if (current === previous) return;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const LABEL = `document.querySelector('cluster-guard-banner')?.shadowRoot?.querySelector('.label')?.textContent ?? null`;

/**
 * The banner's label as the page shows it. In Firefox, once the devtools server watches a tab's content scripts,
 * WebDriver BiDi's script calls fail in every console tab ("Not allowed to define cross-origin object as property
 * on XrayWrapper"), so after the probes it is read over the devtools server, from the content script's world.
 */
function bannerLabel(session: ExtensionSession, page: Page, afterProbes = false): Promise<string | null> {
  if (afterProbes && session.kind === 'firefox') return session.evaluateInContentScript<string | null>(page, page.url(), LABEL);
  return page.evaluate((expression) => (0, eval)(expression) as string | null, LABEL);
}

async function guardsDeleteCluster(page: Page): Promise<void> {
  const fixture = dialogFixture('gke-cluster-delete-en');
  await openDialog(page, fixture);
  await expectPrompt(page);
  await satisfyConsole(page, fixture);
}

test('a content script cannot unprotect other tabs, erase the trail or read other tabs', async ({ session }) => {
  test.setTimeout(120_000);
  await clearSettings(session);
  await session.evaluateInBackground(`chrome.storage.local.remove(${JSON.stringify([LOCAL_KEYS.auditLog, LOCAL_KEYS.protectionNotice])}).then(() => true)`);

  // A real production tab, with a real audit entry.
  const prod = await openConsole(session.context, PROD);
  await expect.poll(async () => bannerLabel(session, prod)).toBe('PROD');
  const fixture = dialogFixture('gke-cluster-delete-en');
  await guardsDeleteCluster(prod);
  await prod.locator(fixture.confirmSelector).click({ force: true }); // blocked
  await expect.poll(async () => (await readAuditLog(session)).length).toBeGreaterThan(0);
  const real = await readAuditLog(session);

  // The attacker: a second console tab, with a same-origin console frame; its content script's world runs the probes.
  // On the workforce console's host: another site, so in Firefox another content process than the production tab's
  // (a devtools watcher in a process stops WebDriver BiDi's script calls there).
  const attacker = await session.context.newPage();
  await attacker.goto(`${WORKFORCE_CONSOLE}${DEV}`);
  await expect.poll(async () => bannerLabel(session, attacker)).toBe('DEV');
  await attacker.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.appendChild(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }, `${WORKFORCE_CONSOLE}/kubernetes/clusters?frame=1`);
  const inAttacker = <T>(expression: string) => session.evaluateInContentScript<T>(attacker, `${WORKFORCE_CONSOLE}${DEV}`, expression);
  const inAttackerFrame = <T>(expression: string) => session.evaluateInContentScript<T>(attacker, `${WORKFORCE_CONSOLE}/kubernetes/clusters?frame=1`, expression);

  const wrote = await inAttacker<string>(
    `chrome.storage.local.set({ policyForTabs: ${JSON.stringify(EVERYTHING_DEV)} }).then(() => 'written', (error) => 'refused: ' + error)`,
  );
  const removed = await inAttacker<string>(`chrome.storage.local.remove(['auditLog', 'protectionNotice']).then(() => 'removed', (error) => 'refused: ' + error)`);
  const forged = { title: 'Delete project', resourceName: 'acme-prod-1', kind: 'project', outcome: 'confirmed' };
  const forgedEntry = { ...forged, time: new Date().toISOString(), project: 'forged-victim', environment: 'production', url: 'https://console.cloud.google.com/' };
  // Sent all at once, answers not awaited: a page in a loop does not wait either.
  {
    await inAttacker(
      `(Array.from({ length: 1100 }, (_, n) => chrome.runtime.sendMessage({ type: 'audit', report: { ...${JSON.stringify(forged)}, title: 'Delete project ' + n }, entry: { ...${JSON.stringify(forgedEntry)}, title: 'Delete project ' + n } }).catch(() => null)), true)`,
    );
  }
  const otherTabsFromFrame = await inAttackerFrame<unknown>(`chrome.runtime.sendMessage({ type: 'other-tabs' }).then((reply) => reply ?? null, () => null)`);
  console.log(`[trust] ${session.kind}: policy write ${wrote}; remove ${removed}; other-tabs from a frame: ${JSON.stringify(otherTabsFromFrame)}`);

  await trailSettled(session);

  // The production tab and a new one stay PROD and guarded.
  await prod.reload();
  await expect.poll(async () => bannerLabel(session, prod, true)).toBe('PROD');
  if (session.kind === 'chromium') await guardsDeleteCluster(prod);
  const fresh = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-2');
  await expect.poll(async () => bannerLabel(session, fresh, true)).toBe('PROD');
  if (session.kind === 'chromium') await guardsDeleteCluster(fresh);

  // The trail keeps the real entries; forged ones carry the sender's project and stay few.
  const trail = await readAuditLog(session);
  const fromAttacker = trail.filter((entry) => entry.title.startsWith('Delete project'));
  console.log(`[trust] ${session.kind}: trail before ${real.length}, after ${trail.length}; forged entries that landed: ${fromAttacker.length}, naming forged-victim: ${trail.filter((entry) => entry.project === 'forged-victim').length}`);
  expect(trail.slice(0, real.length)).toEqual(real);
  expect(trail.filter((entry) => entry.project === 'forged-victim')).toEqual([]);
  expect(fromAttacker.every((entry) => entry.project === 'acme-dev' && entry.environment === 'development')).toBe(true);
  expect(fromAttacker.length).toBeLessThanOrEqual(25);
  expect(otherTabsFromFrame).toBeNull();
});
