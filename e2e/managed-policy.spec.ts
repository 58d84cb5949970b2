/**
 * Enterprise-managed policy (storage.managed), each browser the way an
 * administrator deploys it. Each test launches its own browser: managed
 * storage is read from outside the profile.
 *
 *  - Firefox: a per-user native manifest, `$HOME/.mozilla/managed-storage/<gecko id>.json`
 *    (`"type": "storage"`), no root needed: HOME points at a temp dir.
 *  - Chromium: `/etc/chromium/policies/managed/*.json` with
 *    `3rdparty.extensions.<extension id>.policy`; needs root. Chromium only
 *    hands the values to an extension whose manifest declares
 *    `storage.managed_schema` (checked by hand: without it
 *    storage.managed.get() is `{}`), and it does so for an unpacked extension
 *    loaded with --load-extension, since the manifest `key` pins the ID.
 *    The file is machine-wide (every Chromium started meanwhile reads it), so
 *    it exists only for this test and its rule names a project no other test uses.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { launchChromium, launchFirefox, type ExtensionSession } from './support/launch';
import { openConsole, readMarkers, serveConsole } from './support/console';
import { readItem, storeSettings } from './support/extension-state';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../src/build/manifest';
import { storage } from '../src/platform/storage';

const isRoot = process.getuid?.() === 0;

/** A managed policy making `project` production. */
const managedPolicy = (project: string) => ({
  version: 1,
  environments: [],
  rules: [{ kind: 'exact', match: project, environment: 'production' }],
});

/** Personal settings that would call `project` development (and `other` development too, to show they apply at all). */
const personalSaying = (project: string, other: string) => ({
  schemaVersion: 2,
  personal: {
    version: 1,
    environments: [],
    rules: [
      { kind: 'exact', match: project, environment: 'development' },
      { kind: 'exact', match: other, environment: 'development' },
    ],
  },
  teamPolicyUrl: null,
});

async function label(page: Page): Promise<string | null> {
  return (await readMarkers(page)).banner?.label ?? null;
}

/** The managed policy marks `project` PROD; a personal rule saying development neither weakens it nor is ignored elsewhere. */
async function expectManagedWins(session: ExtensionSession, project: string, other: string) {
  const managed = await session.evaluateInBackground<Record<string, unknown>>('chrome.storage.managed.get()');
  expect(managed.policy).toMatchObject(managedPolicy(project));

  const page = await openConsole(session.context, `/kubernetes/list/overview?project=${project}`);
  await expect.poll(() => label(page)).toBe('PROD');

  // Personal settings written first, then a fresh tab: still production.
  await storeSettings(session, personalSaying(project, other));
  const again = await openConsole(session.context, `/kubernetes/clusters/details/us-central1/main/details?project=${project}`);
  const elsewhere = await openConsole(session.context, `/kubernetes/list/overview?project=${other}`);
  await expect.poll(() => label(elsewhere)).toBe('DEV'); // the personal rules are in force...
  await expect.poll(() => label(again)).toBe('PROD'); // ...but cannot weaken the administrator's
  await expect.poll(() => label(page)).toBe('PROD'); // the open tab, updated live, too
}

test('Firefox: a per-user managed-storage manifest marks its projects, and personal rules cannot weaken it', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'firefox', 'Firefox reads per-user managed storage from $HOME/.mozilla/managed-storage; the Chromium test below covers Chromium');
  test.setTimeout(90_000);
  const home = mkdtempSync(join(tmpdir(), 'cluster-guard-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({
      name: GECKO_ID,
      description: 'Cluster Guard team policy',
      type: 'storage',
      // The administrator's team URL wins over the user's; nothing listens there (a local port), which the status shows.
      data: { policy: managedPolicy('random-project'), policyUrl: 'https://localhost:1/team.json' },
    }),
  );
  let session: ExtensionSession | null = null;
  try {
    session = await launchFirefox({ env: { HOME: home } });
    await serveConsole(session.context);
    await expectManagedWins(session, 'random-project', 'acme-other');

    await storeSettings(session, { ...personalSaying('random-project', 'acme-other'), teamPolicyUrl: 'https://user.example/team.json' });
    await expect
      .poll(() => readItem(session!, storage.teamPolicyStatus))
      .toMatchObject({ url: 'https://localhost:1/team.json', source: 'managed', lastError: expect.stringContaining('https://localhost:1/team.json: the host localhost:1 could not be reached') });
  } finally {
    await session?.close();
    rmSync(home, { recursive: true, force: true });
  }
});

/** A Firefox whose per-user managed storage holds `data`, for the duration of `run`. */
async function withFirefoxManaged(data: Record<string, unknown>, run: (session: ExtensionSession) => Promise<void>): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'cluster-guard-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Cluster Guard team policy', type: 'storage', data }));
  let session: ExtensionSession | null = null;
  try {
    session = await launchFirefox({ env: { HOME: home } });
    await serveConsole(session.context);
    await run(session);
  } finally {
    await session?.close();
    rmSync(home, { recursive: true, force: true });
  }
}

test('Firefox: broken administrator configuration fails closed: every project is "policy unavailable" and guarded', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'firefox', 'Firefox reads per-user managed storage from $HOME/.mozilla/managed-storage');
  test.setTimeout(120_000);
  // One regex RE2 cannot run (a lookahead) makes the whole managed policy invalid; none was valid before.
  const invalid = { version: 1, environments: [], rules: [{ kind: 'exact', match: 'random-project', environment: 'development' }, { kind: 'regex', match: '(?!x).*-prod', environment: 'production' }] };
  for (const data of [{ policy: invalid }, { policyUrl: 'http://intranet.example/team.json' }]) {
    await withFirefoxManaged(data, async (session) => {
      // Personal rules cannot lift it either.
      await storeSettings(session, personalSaying('random-project', 'acme-other'));
      for (const project of ['random-project', 'acme-dev-1']) {
        const page = await openConsole(session.context, `/kubernetes/list/overview?project=${project}`);
        await expect.poll(() => label(page), JSON.stringify(data)).toBe('NO POLICY');
        expect((await readMarkers(page)).banner?.text).toContain('policy-unavailable');
      }
      const published = await readItem(session, storage.policyForTabs);
      expect(published.problems.join('\n')).toContain('every console project is treated as "policy-unavailable" (protected) until it is fixed');
    });
  }
});

test('Chromium: an enterprise policy file marks its projects, and personal rules cannot weaken it', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'chromium', 'Chromium reads enterprise policy from /etc/chromium/policies/managed; the Firefox test above covers Firefox');
  test.skip(!isRoot, 'needs root to write /etc/chromium/policies/managed');
  test.setTimeout(90_000);
  const project = 'cg-managed-e2e-project';
  const created: string[] = [];
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', '/etc/chromium/policies/managed']) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  const file = `/etc/chromium/policies/managed/cluster-guard-e2e-${process.pid}.json`;
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { policy: managedPolicy(project) } } } }));
  let session: ExtensionSession | null = null;
  try {
    session = await launchChromium();
    expect(session.extensionId).toBe(CHROME_EXTENSION_ID);
    await serveConsole(session.context);
    await expectManagedWins(session, project, 'acme-other');
  } finally {
    await session?.close();
    rmSync(file, { force: true });
    // Directories this test made, innermost first, only if nothing else was put there meanwhile.
    for (const dir of created) if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
});

test('Chromium: an invalid enterprise policy fails closed: every project is "policy unavailable" and guarded', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'chromium', 'the Firefox test above covers Firefox');
  test.skip(!isRoot, 'needs root to write /etc/chromium/policies/managed');
  test.setTimeout(90_000);
  const created: string[] = [];
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', '/etc/chromium/policies/managed']) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  // A backreference RE2 cannot run makes the whole policy invalid; no valid one was seen before in this fresh profile.
  const invalid = { version: 1, environments: [], rules: [{ kind: 'regex', match: '(eu|us)-\\1', environment: 'production' }] };
  const file = `/etc/chromium/policies/managed/cluster-guard-e2e-invalid-${process.pid}.json`;
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { policy: invalid } } } }));
  let session: ExtensionSession | null = null;
  try {
    session = await launchChromium();
    await serveConsole(session.context);
    const page = await openConsole(session.context, '/kubernetes/list/overview?project=cg-managed-e2e-dev-1');
    await expect.poll(() => label(page)).toBe('NO POLICY');
    expect((await readMarkers(page)).banner?.text).toContain('policy-unavailable');
  } finally {
    await session?.close();
    rmSync(file, { force: true });
    for (const dir of created) if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
});
