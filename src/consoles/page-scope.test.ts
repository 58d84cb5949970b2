// @vitest-environment happy-dom
/** Reading the AWS account off the page, and waiting for it when it comes late. */
import { afterEach, describe, expect, it } from 'vitest';
import { readAwsPageScope } from './aws/page';
import { watchPageScope } from './page-scope';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function meta(content: string): void {
  const element = document.createElement('meta');
  element.name = 'awsc-session-data';
  element.content = content;
  document.head.append(element);
}

function menu(text: string, attribute = 'data-testid'): void {
  const button = document.createElement('button');
  if (attribute === 'id') button.id = 'nav-usernameMenu';
  else button.setAttribute('data-testid', 'account-detail-menu');
  button.textContent = text;
  document.body.append(button);
}

describe('the AWS account on the page', () => {
  it('comes from the session data first', () => {
    meta('{"accountId":"111122223333","accountAlias":"acme-prod"}');
    menu('Admin @ other 4444-5555-6666');
    expect(readAwsPageScope(document)).toEqual({ console: 'aws', id: '111122223333', name: 'acme-prod' });
  });

  it('else from the account menu, current or older navigation', () => {
    menu('Admin/jane @ acme-dev  1111-2222-3333');
    expect(readAwsPageScope(document)).toEqual({ console: 'aws', id: '111122223333', name: 'acme-dev' });
    document.body.replaceChildren();
    menu('4444-5555-6666', 'id');
    expect(readAwsPageScope(document)).toEqual({ console: 'aws', id: '444455556666' });
  });

  it('reads the alias and the ID from side-by-side spans', () => {
    const button = document.createElement('button');
    button.setAttribute('data-testid', 'account-detail-menu');
    for (const text of ['Admin/jane @ acme-prod', '1111-2222-3333', '▾']) button.append(Object.assign(document.createElement('span'), { textContent: text }));
    document.body.append(button);
    expect(readAwsPageScope(document)).toEqual({ console: 'aws', id: '111122223333', name: 'acme-prod' });
  });

  it('is unknown when neither says (or the session data is broken)', () => {
    meta('not json');
    menu('Sign in');
    expect(readAwsPageScope(document)).toBeNull();
  });

  it('is heard of when it appears after the page started, once', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchPageScope('aws', (scope) => seen.push(scope), controller.signal);
    expect(seen).toEqual([]);
    meta('{"accountId":"111122223333"}');
    await expect.poll(() => seen).toEqual([{ console: 'aws', id: '111122223333' }]);
    menu('4444-5555-6666');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(1);
    controller.abort();
  });

  it('consoles with nothing on the page to read never answer', async () => {
    const seen: unknown[] = [];
    watchPageScope('azure', (scope) => seen.push(scope), new AbortController().signal);
    meta('{"accountId":"111122223333"}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });
});
