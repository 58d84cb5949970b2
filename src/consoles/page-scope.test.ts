// @vitest-environment happy-dom
/** Reading the AWS account off the page by its structure, and watching it for as long as the page lives. */
import { afterEach, describe, expect, it } from 'vitest';
import { readAwsPageSources } from './aws/page';
import { watchPageSources } from './page-scope';
import { decideScope, type ScopeSource } from './scope-sources';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function meta(content: string): HTMLMetaElement {
  const element = document.createElement('meta');
  element.name = 'awsc-session-data';
  element.content = content;
  document.head.append(element);
  return element;
}

function menu(text: string, attribute = 'data-testid'): HTMLElement {
  const button = document.createElement('button');
  if (attribute === 'id') button.id = 'nav-usernameMenu';
  else button.setAttribute('data-testid', 'account-detail-menu');
  button.textContent = text;
  document.body.append(button);
  return button;
}

/** The menu's account details: the ID beside its copy button, and the alias element. */
function idControl(shownId: string, alias?: string): void {
  const row = document.createElement('div');
  row.append(Object.assign(document.createElement('span'), { textContent: `Account ID: ${shownId}` }));
  const copy = document.createElement('button');
  copy.setAttribute('data-testid', 'awsc-copy-accountid');
  copy.setAttribute('aria-label', 'Copy account ID');
  row.append(copy);
  document.body.append(row);
  if (alias !== undefined) document.body.append(Object.assign(document.createElement('span'), { id: 'awsc-login-display-name-account', textContent: alias }));
}

const scopeOf = () => decideScope('aws', readAwsPageSources(document).sources);

describe('the AWS account on the page, read by its structure', () => {
  it.each<[string, () => void, unknown]>([
    ['session data first', () => (meta('{"accountId":"111122223333","accountAlias":"acme-prod"}'), menu('Admin/jane @ acme-prod 1111-2222-3333')), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['an e-mail user name: the alias after the last " @ "', () => menu('AdministratorAccess/jane@example.com @ acme-prod 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['an e-mail user name on another domain', () => menu('Admin/ops@acme-dev.io @ acme-prod 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['an e-mail user name and no alias', () => menu('Admin/jane@example.com 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333' } }],
    ['"@" in the role name', () => menu('Admin@platform/jane @ acme-prod 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['an alias with digits', () => menu('Admin/jane @ acme-prod-2 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod-2' } }],
    ['the ID where the alias goes', () => menu('Admin/jane @ 1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333' } }],
    ['older navigation: the ID alone', () => menu('4444-5555-6666', 'id'), { kind: 'scope', scope: { console: 'aws', id: '444455556666' } }],
    ['the ID control with its alias element', () => idControl('1111-2222-3333', 'acme-prod'), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['the ID control, the alias element showing the ID', () => idControl('1111-2222-3333', '1111-2222-3333'), { kind: 'scope', scope: { console: 'aws', id: '111122223333' } }],
    ['the ID control and a menu that agree', () => (idControl('1111-2222-3333'), menu('Admin/jane@example.com @ acme-prod 1111-2222-3333')), { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['nothing to read (broken session data, a sign-in link)', () => (meta('not json'), menu('Sign in')), { kind: 'unknown' }],
    ['a menu listing two accounts', () => menu('1111-2222-3333 4444-5555-6666'), { kind: 'unknown' }],
    ['disagreement: session data and the ID control', () => (meta('{"accountId":"444455556666"}'), idControl('1111-2222-3333')), { kind: 'conflict', why: 'the session data says 444455556666, the account ID control 111122223333' }],
    ['disagreement: the ID control and the menu text', () => (idControl('1111-2222-3333'), menu('Admin/jane @ acme-dev 4444-5555-6666')), { kind: 'conflict', why: expect.stringContaining('account menu') }],
    ['disagreement on the alias alone', () => (meta('{"accountId":"111122223333","accountAlias":"acme-prod"}'), menu('Admin/jane @ acme-dev 1111-2222-3333')), { kind: 'conflict', why: 'the session data says acme-prod, the account menu acme-dev' }],
  ])('%s', (_, build, expected) => {
    build();
    expect(scopeOf()).toEqual(expected);
  });

  it('the ID control without the account menu (absent) and the menu without the control both read', () => {
    idControl('1111-2222-3333');
    expect(readAwsPageSources(document).sources).toEqual([{ from: 'account ID control', id: '111122223333' }]);
  });
});

describe('one scope from several sources', () => {
  const host: ScopeSource = { from: 'URL', id: '111122223333' };
  it.each<[string, ScopeSource[], unknown]>([
    ['none', [], { kind: 'unknown' }],
    ['the best alone', [host], { kind: 'scope', scope: { console: 'aws', id: '111122223333' } }],
    ['the name from whichever source shows it', [host, { from: 'session data', id: '111122223333', name: 'acme-prod' }], { kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } }],
    ['the host against the page', [host, { from: 'session data', id: '444455556666' }], { kind: 'conflict', why: 'the URL says 111122223333, the session data 444455556666' }],
  ])('%s', (_, sources, expected) => {
    expect(decideScope('aws', sources)).toEqual(expected);
  });
});

describe('the page scope is watched for as long as the page lives', () => {
  const frame = () => new Promise((resolve) => setTimeout(resolve, 50));
  function watch() {
    const seen: ScopeSource[][] = [];
    const controller = new AbortController();
    const now = watchPageSources('aws', (sources) => seen.push(sources), controller.signal);
    const scope = () => decideScope('aws', seen.at(-1) ?? now);
    return { seen, now, scope, stop: () => controller.abort() };
  }

  it('a session data tag that arrives late', async () => {
    const w = watch();
    expect(w.now).toEqual([]);
    meta('{"accountId":"111122223333","accountAlias":"acme-prod"}');
    await expect.poll(w.scope).toEqual({ kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } });
    w.stop();
  });

  it('a session data tag whose content changes (dev at load, prod later)', async () => {
    const tag = meta('{"accountId":"444455556666","accountAlias":"acme-dev"}');
    const w = watch();
    expect(w.scope()).toEqual({ kind: 'scope', scope: { console: 'aws', id: '444455556666', name: 'acme-dev' } });
    tag.content = '{"accountId":"111122223333","accountAlias":"acme-prod"}';
    await expect.poll(w.scope).toEqual({ kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } });
    w.stop();
  });

  it('a menu first, then the session data naming the account the menu left without alias', async () => {
    menu('1111-2222-3333');
    const w = watch();
    expect(w.scope()).toEqual({ kind: 'scope', scope: { console: 'aws', id: '111122223333' } });
    meta('{"accountId":"111122223333","accountAlias":"acme-prod"}');
    await expect.poll(w.scope).toEqual({ kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } });
    w.stop();
  });

  it('a menu, then session data naming another account: unknown (fail closed)', async () => {
    menu('Admin/jane @ acme-dev 4444-5555-6666');
    const w = watch();
    meta('{"accountId":"111122223333","accountAlias":"acme-prod"}');
    await expect.poll(() => w.scope().kind).toBe('conflict');
    w.stop();
  });

  it('menu text that changes is read again', async () => {
    const button = menu('Admin/jane @ acme-dev 4444-5555-6666');
    const w = watch();
    button.firstChild!.nodeValue = 'Admin/jane @ acme-prod 1111-2222-3333';
    await expect.poll(w.scope).toEqual({ kind: 'scope', scope: { console: 'aws', id: '111122223333', name: 'acme-prod' } });
    w.stop();
  });

  it('reports only changes, and nothing for mutations elsewhere', async () => {
    meta('{"accountId":"111122223333"}');
    const w = watch();
    for (let i = 0; i < 20; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: `row ${i} 4444-5555-6666` }));
    menu('Admin/jane 1111-2222-3333');
    await frame();
    expect(w.seen).toEqual([[{ from: 'session data', id: '111122223333' }, { from: 'account menu', id: '111122223333' }]]);
    w.stop();
  });

  it('stops when its signal aborts', async () => {
    const w = watch();
    w.stop();
    meta('{"accountId":"111122223333"}');
    await frame();
    expect(w.seen).toEqual([]);
  });

  it('consoles with nothing on the page to read report nothing', async () => {
    const seen: unknown[] = [];
    expect(watchPageSources('azure', (sources) => seen.push(sources), new AbortController().signal)).toEqual([]);
    meta('{"accountId":"111122223333"}');
    await frame();
    expect(seen).toEqual([]);
  });
});
