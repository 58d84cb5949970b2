/**
 * Team policy sync, in both browsers: the background fetches the team policy
 * file from the URL in the settings, keeps the last known good copy through
 * server errors, timeouts, broken files, redirects, HTML pages and huge
 * bodies, revalidates with its ETag, refuses what is not https://, keeps the
 * previous policy while a changed URL is not good yet, and never lets a new
 * file remove protection silently.
 *
 * The file comes from a real local HTTPS server (self-signed certificate made
 * with openssl at start), not from `context.route`: Firefox does not route the
 * add-on's background fetches at all (they go to the network), and in
 * Chromium, where the service worker's fetches are routed, Playwright's
 * `route.fulfill` adds CORS headers by itself, so a missing
 * Access-Control-Allow-Origin could not be tested. The browser is told to
 * accept the certificate (`ignoreHTTPSErrors`; in Chromium also
 * `--ignore-certificate-errors`, without which the service worker's fetches
 * still fail). That needs its own launch: this file overrides the shared
 * `session` with one browser for all its tests.
 *
 * Syncs are triggered as the product triggers them: by writing the settings
 * (the background watches `settings.teamPolicyUrl`) or by the options page's
 * message `{ type: 'team-policy-sync' }`, sent from an extension page
 * (Chromium: a chrome-extension:// tab; Firefox, whose moz-extension:// pages
 * Playwright cannot open: an extension iframe inside the background page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as shared, expect } from './support/test';
import { launchExtension, type ExtensionSession } from './support/launch';
import { openConsole, readMarkers, serveConsole } from './support/console';
import { badgeForProject, clearSettings, readAuditLog, readItem, storeSettings } from './support/extension-state';
import { DIALOG, Surface, appReady, awsUrl, azureUrl, multiSessionHost, openDialog as openCloudDialog, serveCloudConsoles } from './support/clouds';
import { dialogFixture, openDialog, expectPrompt } from './support/dialogs';
import { TEAM_FETCH_TIMEOUT_MS } from '../src/core/policy/sync-state';
import type { TeamPolicyCache, TeamPolicyStatus } from '../src/core/policy/team-cache';
import { wireMessage } from '../src/platform/messages';
import { storage } from '../src/platform/storage';

interface SeenRequest {
  method: string;
  path: string;
  ifNoneMatch: string | null;
  origin: string | null;
}

/** `stream`: that many bytes of JSON-ish text, written as fast as the client reads, without a Content-Length. */
type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | { stream: number };

/** A local HTTPS server whose answers each test sets per path. CORS on by default, preflight included. */
class PolicyServer {
  readonly seen: SeenRequest[] = [];
  /** Bytes of `stream` answers written so far. */
  streamed = 0;
  private answers = new Map<string, (request: SeenRequest) => Answer>();
  private hanging: ServerResponse[] = [];
  /** Paths served without any CORS headers. */
  private noCors = new Set<string>();
  /** Paths that answer a plain CORS GET but refuse the preflight a conditional request needs. */
  private noPreflight = new Set<string>();

  constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly certDir: string,
  ) {
    server.on('request', (req, res) => this.handle(req, res));
  }

  static async start(): Promise<PolicyServer> {
    const certDir = mkdtempSync(join(tmpdir(), 'cluster-guard-cert-'));
    const key = join(certDir, 'key.pem');
    const cert = join(certDir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('no server address');
    return new PolicyServer(server, address.port, certDir);
  }

  url(path: string): string {
    return `https://localhost:${this.port}${path}`;
  }

  answer(path: string, answer: Answer | ((request: SeenRequest) => Answer), options: { cors?: boolean; preflight?: boolean } = {}): void {
    this.answers.set(path, typeof answer === 'function' ? answer : () => answer);
    if (options.cors === false) this.noCors.add(path);
    else this.noCors.delete(path);
    if (options.preflight === false) this.noPreflight.add(path);
    else this.noPreflight.delete(path);
  }

  /** GETs the extension made for `path` (preflights left out). */
  gets(path: string): SeenRequest[] {
    return this.seen.filter((request) => request.method === 'GET' && request.path === path);
  }

  reset(): void {
    this.seen.length = 0;
    this.streamed = 0;
    this.answers.clear();
    this.noCors.clear();
    this.noPreflight.clear();
    for (const response of this.hanging) response.destroy();
    this.hanging = [];
  }

  async close(): Promise<void> {
    this.reset();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.certDir, { recursive: true, force: true });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null);
    const request: SeenRequest = { method: req.method ?? '', path, ifNoneMatch: header('if-none-match'), origin: header('origin') };
    this.seen.push(request);
    const cors = this.noCors.has(path) ? {} : { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
    if (req.method === 'OPTIONS') {
      const allowed = !this.noCors.has(path) && !this.noPreflight.has(path);
      res.writeHead(allowed ? 204 : 405, allowed ? { ...cors, 'access-control-allow-headers': 'If-None-Match', 'access-control-max-age': '0' } : {});
      res.end();
      return;
    }
    const answer = this.answers.get(path)?.(request) ?? { status: 404, body: 'not found' };
    if (answer === 'hang') {
      this.hanging.push(res);
      return;
    }
    if ('stream' in answer) {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const total = answer.stream;
      const pump = () => {
        while (this.streamed < total && !res.destroyed) {
          this.streamed += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write('{');
      pump();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...cors, ...answer.headers });
    res.end(answer.body ?? '');
  }
}

const test = shared.extend<{ server: PolicyServer }, { session: ExtensionSession; policyServer: PolicyServer }>({
  session: [
    async ({ extensionBrowser }, use) => {
      const session = await launchExtension(extensionBrowser, { ignoreHTTPSErrors: true });
      await serveConsole(session.context);
      await use(session);
      await session.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  policyServer: [
    async ({}, use) => {
      const server = await PolicyServer.start();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  server: async ({ policyServer }, use) => {
    policyServer.reset();
    await use(policyServer);
    policyServer.reset();
  },
});

/** Makes `random-project` (unmarked by the built-in rules) production. */
const TEAM_FILE = {
  version: 1,
  environments: [],
  rules: [{ kind: 'exact', match: 'random-project', environment: 'production' }],
};
const TEAM_TEXT = JSON.stringify(TEAM_FILE);
const PROJECT_PATH = '/kubernetes/list/overview?project=random-project';
const POPUP = '/src/popup/index.html';

async function setTeamUrl(session: ExtensionSession, url: string): Promise<void> {
  await storeSettings(session, { schemaVersion: 2, personal: { version: 1, environments: [], rules: [] }, teamPolicyUrl: url });
}

/** Sends `{ type: 'team-policy-sync' }` from an extension page, as the options page does, and returns the reply. */
async function syncNow(session: ExtensionSession): Promise<{ status: TeamPolicyStatus }> {
  const message = wireMessage('team-policy-sync');
  if (session.kind === 'chromium') {
    const page = await session.context.newPage();
    try {
      // Any extension URL is an extension page with the runtime API.
      await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
      return await page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
    } finally {
      await page.close();
    }
  }
  return session.evaluateInBackground(`new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('manifest.json');
    frame.onload = () => frame.contentWindow.browser.runtime.sendMessage(${JSON.stringify(message)}).then(resolve, reject).finally(() => frame.remove());
    document.body.append(frame);
  })`);
}

async function readStored(session: ExtensionSession): Promise<{ status: TeamPolicyStatus | null; cache: TeamPolicyCache | null }> {
  return { status: await readItem(session, storage.teamPolicyStatus), cache: await readItem(session, storage.teamPolicy) };
}

async function bannerLabel(page: Page): Promise<string | null> {
  return (await readMarkers(page)).banner?.label ?? null;
}

/** A console tab on random-project, with the team policy from `url` synced and applied. */
async function startWithTeamPolicy(session: ExtensionSession, server: PolicyServer, path = '/team.json') {
  server.answer(path, { status: 200, body: TEAM_TEXT, headers: { etag: '"v1"' } });
  const page = await openConsole(session.context, PROJECT_PATH);
  await setTeamUrl(session, server.url(path));
  await expect.poll(() => bannerLabel(page)).toBe('PROD');
  const { status, cache } = await readStored(session);
  expect(status).toMatchObject({ url: server.url(path), lastError: null, source: 'user' });
  expect(cache).toMatchObject({ url: server.url(path), etag: '"v1"' });
  return { page, firstSuccessAt: status!.lastSuccessAt!, cache: cache! };
}

test.beforeEach(async ({ session }) => {
  await clearSettings(session);
  // Clears any team policy and status a previous test left (no URL: nothing to fetch).
  await syncNow(session);
  expect(await readStored(session)).toEqual({ status: null, cache: null });
});

test.afterAll(async ({ session }) => {
  // Leave the shared browser as we found it: no team URL, no team policy.
  await clearSettings(session);
  await syncNow(session);
});

test('setting a team policy URL applies the team’s rules to an open console tab, live', async ({ session, server }) => {
  const page = await openConsole(session.context, PROJECT_PATH);
  await expect.poll(() => badgeForProject(session, 'random-project')).toBe('');
  expect(await bannerLabel(page)).toBeNull();

  server.answer('/team.json', { status: 200, body: TEAM_TEXT, headers: { etag: '"v1"' } });
  // Only the settings write: the background notices the URL change by itself.
  await setTeamUrl(session, server.url('/team.json'));
  await expect.poll(() => bannerLabel(page)).toBe('PROD');
  await expect.poll(async () => (await readMarkers(page)).title).toMatch(/^\[PROD\] /);

  const { status, cache } = await readStored(session);
  expect(status).toEqual({ url: server.url('/team.json'), source: 'user', lastAttemptAt: expect.any(Number), lastSuccessAt: status!.lastAttemptAt, lastError: null });
  expect(cache).toMatchObject({ url: server.url('/team.json'), etag: '"v1"', policy: { rules: [{ match: 'random-project', environment: 'production' }] } });
  // A CORS request from the extension, without cookies and without a conditional header the first time.
  const [first] = server.gets('/team.json');
  expect(first).toMatchObject({ ifNoneMatch: null, origin: expect.stringMatching(/^(chrome|moz)-extension:\/\//) });

  // Clearing the URL drops the team policy again.
  await clearSettings(session);
  await expect.poll(() => bannerLabel(page)).toBeNull();
  expect(await readStored(session)).toEqual({ status: null, cache: null });
});

test('a re-sync asks with If-None-Match; 304 keeps the cached policy and counts as success', async ({ session, server }) => {
  const { page, firstSuccessAt, cache } = await startWithTeamPolicy(session, server);
  server.answer('/team.json', (request) => (request.ifNoneMatch === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : { status: 500, body: 'expected If-None-Match' }));

  const { status } = await syncNow(session);
  expect(server.gets('/team.json').at(-1)!.ifNoneMatch).toBe('"v1"');
  expect(status.lastError).toBeNull();
  expect(status.lastSuccessAt).toBeGreaterThan(firstSuccessAt);
  expect(status.lastAttemptAt).toBe(status.lastSuccessAt);
  expect((await readStored(session)).cache).toEqual(cache); // untouched, fetchedAt included
  expect(await bannerLabel(page)).toBe('PROD');
});

test('a server error keeps the last good policy and records the error', async ({ session, server }) => {
  const { page, firstSuccessAt, cache } = await startWithTeamPolicy(session, server);
  server.answer('/team.json', { status: 500, body: 'oops' });

  const { status } = await syncNow(session);
  expect(status).toMatchObject({ lastSuccessAt: firstSuccessAt, lastError: `${server.url('/team.json')}: the server answered HTTP 500` });
  expect(status.lastAttemptAt).toBeGreaterThan(firstSuccessAt);
  expect((await readStored(session)).cache).toEqual(cache);
  expect(await readStored(session).then((s) => s.status)).toEqual(status);
  expect(await bannerLabel(page)).toBe('PROD');
});

test('a server that never answers times out and keeps the last good policy', async ({ session, server }) => {
  // The real timeout (TEAM_FETCH_TIMEOUT_MS, 10 s): the extension has no switch to shorten it for tests.
  test.setTimeout(60_000);
  const { page, firstSuccessAt, cache } = await startWithTeamPolicy(session, server);
  server.answer('/team.json', 'hang');

  const started = Date.now();
  const { status } = await syncNow(session);
  expect(Date.now() - started).toBeGreaterThanOrEqual(TEAM_FETCH_TIMEOUT_MS - 500);
  expect(status.lastError).toMatch(/^https:\/\/localhost:\d+\/team\.json: no answer within 10 s$/);
  expect(status.lastSuccessAt).toBe(firstSuccessAt);
  expect(server.gets('/team.json').at(-1)!.ifNoneMatch).toBe('"v1"');
  expect((await readStored(session)).cache).toEqual(cache);
  expect(await bannerLabel(page)).toBe('PROD');
});

test('an invalid file keeps the last good policy and names what is wrong', async ({ session, server }) => {
  const { page, firstSuccessAt, cache } = await startWithTeamPolicy(session, server);
  const broken = { ...TEAM_FILE, rules: [TEAM_FILE.rules[0], { kind: 'regex', match: 'prod-(', environment: 'production' }] };
  server.answer('/team.json', { status: 200, body: JSON.stringify(broken), headers: { etag: '"v2"' } });

  const { status } = await syncNow(session);
  expect(status.lastError).toContain(`${server.url('/team.json')}: not a valid policy file: rules[1].match`);
  expect(status.lastSuccessAt).toBe(firstSuccessAt);
  expect((await readStored(session)).cache).toEqual(cache); // still "v1": the broken "v2" was not taken
  expect(await bannerLabel(page)).toBe('PROD');
});

test('an http:// URL is refused without a request, and the previous team policy stays in force', async ({ session, server }) => {
  const { page, cache: previous } = await startWithTeamPolicy(session, server);
  const insecure = `http://localhost:${server.port}/team.json`;
  const before = server.seen.length;

  await setTeamUrl(session, insecure);
  await expect.poll(async () => (await readStored(session)).status?.url).toBe(insecure);
  const { status, cache } = await readStored(session);
  expect(status).toMatchObject({
    source: 'user',
    lastSuccessAt: null,
    lastError: `${insecure}: only https:// URLs are allowed for a team policy (got http://), so nobody on the network can change it on its way`,
  });
  expect(cache).toEqual(previous); // a mistyped URL never leaves projects unguarded
  expect(await bannerLabel(page)).toBe('PROD');
  expect(server.seen.length).toBe(before);
  // Asking again gives the same answer, still without a request.
  expect((await syncNow(session)).status.lastError).toContain('only https:// URLs are allowed');
  expect(server.seen.length).toBe(before);
});

test('a site that sends no CORS headers, without host permission, gets a clear error', async ({ session, server }) => {
  server.answer('/private.json', { status: 200, body: TEAM_TEXT }, { cors: false });
  await setTeamUrl(session, server.url('/private.json'));
  const { status } = await syncNow(session);
  expect(status.lastError).toContain(
    `${server.url('/private.json')}: Cluster Guard has no access to https://localhost:${server.port}, and the server does not allow cross-origin reads (Access-Control-Allow-Origin): allow access to the site in Cluster Guard's options`,
  );
  expect(status.lastSuccessAt).toBeNull();
  expect((await readStored(session)).cache).toBeNull();
  expect(server.gets('/private.json').length).toBeGreaterThan(0); // it did ask; the browser withheld the answer
});

test('an unreachable host (no such name, nothing listening) is named as unreachable, not as a permission problem', async ({ session }) => {
  const closedPort = await new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  for (const [url, host] of [
    ['https://unreachable.invalid/team.json', 'unreachable.invalid'],
    [`https://localhost:${closedPort}/team.json`, `localhost:${closedPort}`],
  ] as const) {
    await setTeamUrl(session, url);
    const { status } = await syncNow(session);
    expect(status.lastError).toContain(`${url}: the host ${host} could not be reached`);
    expect(status.lastError).not.toMatch(/grant|Access-Control/);
    expect(status.lastSuccessAt).toBeNull();
  }

  // Never a good copy: the popup says the team policy is not in force, not that a last good copy stays.
  await session.openExtensionPage(`${POPUP}?tab=1`);
  try {
    const teamSection = `(() => { const s = document.querySelector('section[aria-labelledby="team-policy"]'); return s ? s.textContent : null; })()`;
    await expect.poll(() => session.evaluateInExtensionPage<string | null>(POPUP, teamSection)).toContain('could not be reached');
    const text = await session.evaluateInExtensionPage<string>(POPUP, teamSection);
    expect(text).toContain('The team policy is not in force: this tab follows the built-in and personal rules.');
    expect(text).not.toContain('last good copy');
  } finally {
    await session.closeExtensionPages();
  }
});

test('the options page: a site without access shows "Allow access", whose click asks the browser for that site, and every sync ends in a result', async ({ session, server }) => {
  test.skip(session.kind !== 'chromium', 'moz-extension:// pages cannot be opened over WebDriver BiDi');
  server.answer('/private.json', { status: 200, body: TEAM_TEXT }, { cors: false });
  await setTeamUrl(session, server.url('/private.json'));
  await expect.poll(async () => (await readStored(session)).status?.lastError ?? '').toContain('Cluster Guard has no access');

  const options = await session.context.newPage();
  try {
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    const origin = `https://localhost:${server.port}`;
    const grant = options.getByRole('button', { name: `Allow access to ${origin}` });
    await expect(grant).toBeVisible();
    await expect(options.getByTestId('team-access')).toContainText(`Cluster Guard has no access to ${origin}.`);
    // Headless Chromium shows the permission prompt and never answers it: record the request and answer "no" as a person could.
    await options.evaluate(() => {
      const asked: unknown[] = ((window as any).askedPermissions = []);
      (globalThis as any).chrome.permissions.request = (permissions: unknown, callback?: (granted: boolean) => void) => {
        asked.push(permissions);
        if (callback) callback(false);
        else return Promise.resolve(false);
      };
    });
    await grant.click();
    expect(await options.evaluate(() => (window as any).askedPermissions)).toEqual([{ origins: ['https://localhost/*'] }]);
    await expect(options.getByRole('status').filter({ hasText: 'was not granted' })).toContainText(`Access to ${origin} was not granted`);

    // "Save and sync now" ends in the result: the error, then (the server allowing CORS) success with its time.
    await options.getByRole('button', { name: 'Save and sync now' }).click();
    await expect(options.getByTestId('team-sync-state')).toContainText('The sync failed: ' + server.url('/private.json') + ': Cluster Guard has no access');
    server.answer('/private.json', { status: 200, body: TEAM_TEXT });
    await options.getByRole('button', { name: 'Save and sync now' }).click();
    await expect(options.getByTestId('team-sync-state')).toContainText(/^Synced: the team policy fetched at .+ is in force\.$/);
    await expect(grant).toBeHidden();
  } finally {
    await options.close();
  }
});

test('a server that allows plain CORS but refuses the If-None-Match preflight still syncs', async ({ session, server }) => {
  // While any route is active, Playwright's Chromium interception (which covers the service worker)
  // answers CORS preflights itself, so they would never reach the server: take the console routes away.
  await session.context.unrouteAll({ behavior: 'wait' });
  try {
    server.answer('/static.json', { status: 200, body: TEAM_TEXT, headers: { etag: '"v1"' } }, { preflight: false });
    await setTeamUrl(session, server.url('/static.json'));
    await expect.poll(async () => (await readStored(session)).cache?.etag).toBe('"v1"');
    const firstSuccessAt = (await readStored(session)).status!.lastSuccessAt!;
    server.seen.length = 0;

    const { status } = await syncNow(session);
    expect(status.lastError).toBeNull();
    expect(status.lastSuccessAt).toBeGreaterThan(firstSuccessAt);
    // The conditional attempt died at its preflight; the repeat went out without If-None-Match.
    expect(server.seen.map((r) => [r.method, r.ifNoneMatch])).toEqual([
      ['OPTIONS', null],
      ['GET', null],
    ]);
  } finally {
    await serveConsole(session.context);
  }
});

test('the options page: type the URL, "Save and sync now", and read the status through 200, 500, an invalid file and 304', async ({ session, server }) => {
  test.skip(session.kind !== 'chromium', 'moz-extension:// pages cannot be opened over WebDriver BiDi');
  // Headless Chromium shows the host-permission prompt and never answers it: this proves the
  // URL is saved and synced without waiting for it, against a server that allows CORS.
  server.answer('/team.json', { status: 200, body: TEAM_TEXT, headers: { etag: '"v1"' } });
  const consoleTab = await openConsole(session.context, PROJECT_PATH);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  const status = options.getByTestId('team-status');
  const lastError = status.locator('dt:has-text("Last error") + dd');

  await options.getByLabel('Team policy URL').fill(server.url('/team.json'));
  await options.getByRole('button', { name: 'Save and sync now' }).click();
  await expect(status).toContainText(server.url('/team.json'));
  await expect(lastError).toHaveText('None');
  await expect.poll(() => bannerLabel(consoleTab)).toBe('PROD');

  server.answer('/team.json', { status: 500, body: 'boom' });
  await options.getByRole('button', { name: 'Save and sync now' }).click();
  await expect(lastError).toContainText('500');
  expect(await bannerLabel(consoleTab)).toBe('PROD'); // last known good still applies

  server.answer('/team.json', { status: 200, body: JSON.stringify({ ...TEAM_FILE, rules: [{ kind: 'regex', match: '(?!test-).*', environment: 'production' }] }) });
  await options.getByRole('button', { name: 'Save and sync now' }).click();
  await expect(lastError).toContainText('rules[0].match: lookahead (?! is not supported');
  expect(await bannerLabel(consoleTab)).toBe('PROD');

  server.answer('/team.json', (request) => (request.ifNoneMatch === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : { status: 500, body: 'no If-None-Match' }));
  await options.getByRole('button', { name: 'Save and sync now' }).click();
  await expect(lastError).toHaveText('None');
  expect(server.gets('/team.json').at(-1)!.ifNoneMatch).toBe('"v1"');
});

test('a redirect (https -> http -> https) is never followed: no hop is requested, and the last good policy stays', async ({ session, server }) => {
  const { page, cache } = await startWithTeamPolicy(session, server);
  let plainRequests = 0;
  const plain = createHttpServer((_req, res) => {
    plainRequests++;
    res.writeHead(302, { location: server.url('/final.json') });
    res.end();
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  try {
    const port = (plain.address() as { port: number }).port;
    server.answer('/team.json', { status: 302, headers: { location: `http://127.0.0.1:${port}/hop` } });
    // Where the chain ends: a valid file that would leave random-project unguarded.
    server.answer('/final.json', { status: 200, body: JSON.stringify({ ...TEAM_FILE, rules: [] }) });

    const { status } = await syncNow(session);
    expect(status.lastError).toBe(
      `${server.url('/team.json')}: the server answered with a redirect; Cluster Guard follows none (it cannot check that every hop is https://), so set the URL the file is really at`,
    );
    expect(plainRequests).toBe(0);
    expect(server.gets('/final.json')).toEqual([]);
    expect((await readStored(session)).cache).toEqual(cache);
    expect(await bannerLabel(page)).toBe('PROD');
  } finally {
    plain.closeAllConnections();
    await new Promise<void>((resolve) => plain.close(() => resolve()));
  }
});

test('a 300 MB answer is given up at 256 KiB, not read whole, and the last good policy stays', async ({ session, server }) => {
  test.setTimeout(60_000);
  const { page, cache } = await startWithTeamPolicy(session, server);
  server.answer('/team.json', { stream: 300 * 1024 * 1024 });

  const { status } = await syncNow(session);
  expect(status.lastError).toBe(`${server.url('/team.json')}: the file is larger than 256 KiB (the limit); it was not read further`);
  // What the server managed to write before the extension hung up: buffers, not the body.
  expect(server.streamed).toBeLessThan(64 * 1024 * 1024);
  expect((await readStored(session)).cache).toEqual(cache);
  expect(await bannerLabel(page)).toBe('PROD');
});

test('an HTML page (a sign-in or error page) and an empty answer are errors, never a policy attempt', async ({ session, server }) => {
  const { page, cache } = await startWithTeamPolicy(session, server);
  server.answer('/team.json', { status: 200, body: '<!doctype html><title>Sign in</title>', headers: { 'content-type': 'text/html; charset=utf-8' } });
  expect((await syncNow(session)).status.lastError).toBe(
    `${server.url('/team.json')}: the server sent an HTML page (Content-Type text/html), not a policy file; check the URL (a sign-in or error page?)`,
  );
  server.answer('/team.json', { status: 200, body: '' });
  expect((await syncNow(session)).status.lastError).toBe(`${server.url('/team.json')}: the server sent an empty file`);
  expect((await readStored(session)).cache).toEqual(cache);
  expect(await bannerLabel(page)).toBe('PROD');
});

test('a changed URL keeps the previous policy in force until the new one gives a valid file', async ({ session, server }) => {
  const { page } = await startWithTeamPolicy(session, server);
  server.answer('/moved.json', { status: 500, body: 'not there yet' });
  await setTeamUrl(session, server.url('/moved.json'));
  await expect.poll(async () => (await readStored(session)).status?.lastError ?? '').toContain('HTTP 500');
  expect((await readStored(session)).cache?.url).toBe(server.url('/team.json'));
  expect(await bannerLabel(page)).toBe('PROD');

  server.answer('/moved.json', { status: 200, body: JSON.stringify({ ...TEAM_FILE, rules: [{ kind: 'exact', match: 'random-project', environment: 'development' }] }) });
  await syncNow(session);
  await expect.poll(() => bannerLabel(page)).toBe('DEV');
  expect((await readStored(session)).cache?.url).toBe(server.url('/moved.json'));
});

test('a new file that drops every rule applies, but never silently: a notice, an audit entry and a toolbar hint', async ({ session, server }) => {
  await session.evaluateInBackground(`chrome.storage.local.remove([${JSON.stringify(storage.protectionNotice.key)}, ${JSON.stringify(storage.auditLog.key)}]).then(() => true)`);
  const { page } = await startWithTeamPolicy(session, server);
  await expect.poll(() => session.evaluateInBackground<string>('chrome.action.getBadgeText({})')).toBe('');

  server.answer('/team.json', { status: 200, body: JSON.stringify({ ...TEAM_FILE, rules: [] }), headers: { etag: '"v2"' } });
  await syncNow(session);
  await expect.poll(() => bannerLabel(page)).toBeNull(); // applied...
  // ...and recorded, naming what lost protection.
  await expect.poll(async () => (await readItem(session, storage.protectionNotice))?.losses.map((loss) => loss.text)).toEqual([
    'team policy: project random-project: production -> no environment (unmarked, unguarded)',
  ]);
  // The notice is written before the audit entries: wait for the trail too.
  await expect.poll(() => readAuditLog(session)).toContainEqual(
    expect.objectContaining({ outcome: 'protection-removed', project: 'random-project', environment: 'production', url: server.url('/team.json') }),
  );
  await expect.poll(() => session.evaluateInBackground<string>('chrome.action.getBadgeText({})')).toBe('!');

  if (session.kind === 'chromium') {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    const notice = options.getByTestId('protection-notice');
    await expect(notice).toContainText('A new policy removed protection');
    await expect(notice).toContainText('team policy: project random-project: production -> no environment (unmarked, unguarded)');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => session.evaluateInBackground<string>('chrome.action.getBadgeText({})')).toBe('');
  }
});

test('one version 2 team policy (docs/examples/multi-cloud-policy.json) marks and guards a Google Cloud project, an AWS account and an Azure subscription', async ({ session, server }) => {
  const stopClouds = await serveCloudConsoles(session.context);
  try {
    server.answer('/multi-cloud.json', { status: 200, body: readFileSync(new URL('../docs/examples/multi-cloud-policy.json', import.meta.url), 'utf8') });
    await setTeamUrl(session, server.url('/multi-cloud.json'));
    await expect.poll(async () => (await readStored(session)).cache?.url ?? null).toBe(server.url('/multi-cloud.json'));

    // Google Cloud: a rule without `console` names the project.
    const gcp = await openConsole(session.context, '/kubernetes/list/overview?project=acme-payments-prod');
    await expect.poll(() => bannerLabel(gcp)).toBe('PCI PROD');
    await openDialog(gcp, dialogFixture('gke-cluster-delete-en'));
    await expectPrompt(gcp, 'payments-production');

    // AWS: the account from the multi-session host, matched by its ID.
    const aws = await session.context.newPage();
    await aws.goto(awsUrl({ origin: multiSessionHost('111122223333'), path: '/eks/home', hash: '#/clusters' }));
    await appReady(aws);
    await expect.poll(() => bannerLabel(aws)).toBe('PCI PROD');
    expect((await readMarkers(aws)).banner!.text).toContain('1111-2222-3333');
    await openCloudDialog(Surface.top(aws), DIALOG.eksDelete);
    await expectPrompt(aws, 'payments-production');

    // Azure: the subscription from the URL fragment.
    const azure = await session.context.newPage();
    await azure.goto(azureUrl({ subscription: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' }));
    await appReady(azure);
    await expect.poll(() => bannerLabel(azure)).toBe('PROD');
    await openCloudDialog(Surface.top(azure), DIALOG.azureDeleteGroup);
    await expectPrompt(azure, 'production');
  } finally {
    await stopClouds();
  }
});
