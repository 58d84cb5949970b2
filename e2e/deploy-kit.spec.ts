/**
 * `cluster-guard deploy`'s files, installed where each browser's enterprise
 * policy lives, read by the real browsers: the BUILT CLI (dist/cli) writes
 * the kit for a test policy; Chromium gets the Linux Chrome file in
 * /etc/chromium/policies/managed/, Firefox ESR the policies.json in
 * /etc/firefox/policies/ (Debian's ESR reads it there), which force-installs
 * the built xpi from a file: install URL. Then the options page lists the
 * policy's rule as the administrator's (read-only), the popup says that rule
 * decided, and a production console tab is guarded.
 *
 * Chromium: the unpacked build loaded with --load-extension stands in for the
 * force-installed one (its manifest `key` gives it the ID the policy names).
 * With `ExtensionSettings` force-installing that ID, Chromium does not load
 * an unpacked copy of it, and a packed .crx served from a local update URL
 * was never fetched here (headless, no request reached the server in 30 s).
 * So the browser starts with the file's `3rdparty` part, and the whole file
 * goes in afterwards: "Reload policies" on chrome://policy must then list
 * its ExtensionSettings. Needs root (system directories), as
 * managed-policy.spec.ts; every file is removed afterwards, even on failure,
 * and the rule names projects no other test uses.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { test, expect } from './support/test';
import { launchChromium, launchFirefox, type ExtensionSession } from './support/launch';
import { openConsole, readMarkers, serveConsole } from './support/console';
import { dialogFixture, expectPrompt, openDialog } from './support/dialogs';
import { textOf } from './support/extension-page-dom';
import { tabIdForProject } from './support/extension-state';
import { FIREFOX_XPI, ROOT } from './support/paths';
import { CHROME_EXTENSION_ID } from '../src/build/manifest';

const isRoot = process.getuid?.() === 0;
const PROJECT = 'cg-deploy-kit-e2e-prod';
const OPTIONS = '/src/options/index.html';
const POPUP = '/src/popup/index.html';

/** The team policy an administrator deploys. */
const POLICY = {
  version: 1,
  environments: [],
  rules: [{ kind: 'exact', match: PROJECT, environment: 'production', note: 'deployed by cluster-guard deploy' }],
  unmatched: null,
};

/** Runs the built CLI's deploy into a temp folder; the folder. */
function writeKit(extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-guard-kit-'));
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(POLICY));
  execFileSync(process.execPath, [join(ROOT, 'bin/cluster-guard.mjs'), 'deploy', join(dir, 'policy.json'), '--extension-id', CHROME_EXTENSION_ID, '--out', join(dir, 'kit'), ...extra], { stdio: 'pipe' });
  return dir;
}

/** Puts `source` at `target`, making the folders it needs; returns the undo, which removes only what this made. */
function install(source: string, target: string): () => void {
  const made: string[] = [];
  const parts = target.split('/').slice(1, -1);
  for (let i = 1; i <= parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    if (!existsSync(dir)) {
      mkdirSync(dir);
      made.unshift(dir);
    }
  }
  if (existsSync(target)) throw new Error(`${target} exists already: not overwriting a policy this test did not write`);
  copyFileSync(source, target);
  return () => {
    rmSync(target, { force: true });
    for (const dir of made) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  };
}

/** The options page lists the rule as the administrator's, read-only; a production tab's destructive dialog asks for the typed name. */
async function expectDeployed(session: ExtensionSession) {
  await session.openExtensionPage(OPTIONS);
  const row = await session.evaluateInExtensionPage<string>(OPTIONS, textOf('[data-testid="locked-rules"] tbody tr'));
  expect(row).toBe(`Administrator (managed policy) 1 Google Cloud Exact ID ${PROJECT} production deployed by cluster-guard deploy`);

  await serveConsole(session.context);
  const page = await openConsole(session.context, `/kubernetes/list/overview?project=${PROJECT}`);
  await expect.poll(async () => (await readMarkers(page)).banner?.label ?? null).toBe('PROD');
  // The popup says the administrator decided (docs/deploy.md "Checking that it worked").
  await session.openExtensionPage(`${POPUP}?tab=${await tabIdForProject(session, PROJECT)}`);
  expect(await session.evaluateInExtensionPage<string>(POPUP, textOf('section[aria-labelledby="this-tab"] .why'))).toBe(`Why: Administrator (managed policy), rule 1 (Exact ID): ${PROJECT}`);
  await openDialog(page, dialogFixture('gke-cluster-delete-en'));
  await expectPrompt(page);
}

test('Chromium: the deploy kit\'s Linux policy file configures the extension, and Chromium takes its ExtensionSettings', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'chromium', 'the Firefox test below covers Firefox');
  test.skip(!isRoot, 'needs root to write /etc/chromium/policies/managed');
  test.setTimeout(90_000);
  const dir = writeKit(['--update-url', 'https://localhost:1/update.xml']);
  let uninstall = () => {};
  let session: ExtensionSession | null = null;
  try {
    const generated = join(dir, 'kit/chrome/linux/cluster-guard.json');
    const kit = JSON.parse(readFileSync(generated, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(kit)).toEqual(['ExtensionSettings', '3rdparty']);
    const managedOnly = join(dir, 'managed-only.json');
    writeFileSync(managedOnly, JSON.stringify({ '3rdparty': kit['3rdparty'] }));
    const target = `/etc/chromium/policies/managed/cluster-guard-deploy-e2e-${process.pid}.json`;
    uninstall = install(managedOnly, target);
    session = await launchChromium();
    expect(session.extensionId).toBe(CHROME_EXTENSION_ID);
    await expectDeployed(session);

    // The whole generated file, as an administrator installs it: Chromium takes its ExtensionSettings.
    copyFileSync(generated, target);
    const policyPage = await session.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.getByRole('button', { name: 'Reload policies' }).click();
    await expect(policyPage.getByText('ExtensionSettings', { exact: true }).first()).toBeVisible();
    await expect(policyPage.getByText(/"installation_mode":\s*"force_installed"/).first()).toBeAttached();
  } finally {
    await session?.close();
    uninstall();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Firefox: the deploy kit\'s policies.json force-installs the add-on from its install URL and configures it', async ({ extensionBrowser }) => {
  test.skip(extensionBrowser !== 'firefox', 'the Chromium test above covers Chromium');
  test.skip(!isRoot, 'needs root to write /etc/firefox/policies');
  test.setTimeout(90_000);
  // The built, unsigned xpi from a file: URL; the test profile allows unsigned add-ons (xpinstall.signatures.required false).
  const dir = writeKit(['--firefox-install-url', pathToFileURL(FIREFOX_XPI).href]);
  let uninstall = () => {};
  let session: ExtensionSession | null = null;
  try {
    uninstall = install(join(dir, 'kit/firefox/policies.json'), '/etc/firefox/policies/policies.json');
    // Not in the profile: only the policy can have installed it.
    session = await launchFirefox({ firefoxAddonInProfile: false });
    const addon = await session.evaluateInBackground<{ installType: string }>('browser.management.getSelf()');
    expect(addon.installType).toBe('admin');
    const managed = await session.evaluateInBackground<Record<string, unknown>>('browser.storage.managed.get()');
    expect(managed).toMatchObject({ policy: { rules: POLICY.rules } });
    await expectDeployed(session);
  } finally {
    await session?.close();
    uninstall();
    rmSync(dir, { recursive: true, force: true });
  }
});
