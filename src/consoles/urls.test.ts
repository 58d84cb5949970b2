import { describe, expect, it } from 'vitest';
import { subscriptionInFragment } from './azure/scope';
import { accountFromMenuText, accountFromSessionData, canonicalAccountId } from './aws/scope';
import { isScopeKey, nameKeys, readConsoleUrl, scopeKeys, scopeText } from './urls';

const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

describe('which console a URL belongs to, and its scope', () => {
  it.each([
    // Google Cloud: unchanged (gcp/console-url has its own tests)
    ['https://console.cloud.google.com/kubernetes/list?project=acme-prod-1', { console: 'gcp', scope: { kind: 'scope', scope: { console: 'gcp', id: 'acme-prod-1' } } }],
    ['https://console.cloud.google.com/iam-admin/iam?organizationId=1', { console: 'gcp', scope: { kind: 'none' } }],
    // AWS: multi-session hosts carry the account; other hosts leave it to the page
    ['https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/eks/home?region=us-east-1#/clusters', { console: 'aws', scope: { kind: 'scope', scope: { console: 'aws', id: '111122223333' } } }],
    ['https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://console.aws.amazon.com/console/home', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://s3.console.aws.amazon.com/s3/buckets', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://us-gov-west-1.console.amazonaws-us-gov.com/eks/home', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://console.amazonaws-us-gov.com/console/home', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://cn-north-1.console.amazonaws.cn/eks/home', { console: 'aws', scope: { kind: 'unknown' } }],
    ['https://444455556666-x1y2z3.cn-north-1.console.amazonaws.cn/eks/home', { console: 'aws', scope: { kind: 'scope', scope: { console: 'aws', id: '444455556666' } } }],
    // Azure: the subscription from the fragment, encoded or not
    [`https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/${SUB}/resourceGroups/rg-prod/overview`, { console: 'azure', scope: { kind: 'scope', scope: { console: 'azure', id: SUB } } }],
    [`https://preview.portal.azure.com/#view/Microsoft_Azure_ContainerService/AksBlade/id/%2Fsubscriptions%2F${SUB.toUpperCase()}%2FresourceGroups%2Frg`, { console: 'azure', scope: { kind: 'scope', scope: { console: 'azure', id: SUB } } }],
    ['https://ms.portal.azure.com/#home', { console: 'azure', scope: { kind: 'unknown' } }],
    ['https://portal.azure.us/#home', { console: 'azure', scope: { kind: 'unknown' } }],
    ['https://abcdef.reactblade.portal.azure.net/blade/index.html', { console: 'azure', scope: { kind: 'unknown' } }],
  ])('%s', (href, expected) => {
    expect(readConsoleUrl(href)).toEqual(expected);
  });

  it.each([
    'http://us-east-1.console.aws.amazon.com/eks/home', // not HTTPS
    'https://console.aws.amazon.com.evil.example/eks', // look-alike hosts
    'https://evilconsole.aws.amazon.com/',
    'https://portal.azure.com.evil.example/',
    'https://reactblade.portal.azure.net.evil.example/',
    'https://aws.amazon.com/eks/',
    'not a url',
  ])('belongs to no console: %s', (href) => {
    expect(readConsoleUrl(href)).toBeNull();
  });

  it('a subscription-like text that is longer is not a subscription', () => {
    expect(readConsoleUrl(`https://portal.azure.com/#@t/resource/subscriptions/${SUB}0/x`)?.scope).toEqual({ kind: 'unknown' });
  });
});

describe('AWS account from the page', () => {
  it('reads the session data: accountId, else the account in sessionARN; the alias when it is one', () => {
    expect(accountFromSessionData('{"accountId":"111122223333","accountAlias":"acme-prod","infrastructureRegion":"us-east-1"}')).toEqual({ id: '111122223333', name: 'acme-prod' });
    expect(accountFromSessionData('{"sessionARN":"arn:aws:sts::444455556666:assumed-role/Admin/jane"}')).toEqual({ id: '444455556666' });
    expect(accountFromSessionData('{"accountId":"1111-2222-3333","accountAlias":"Not An Alias!"}')).toEqual({ id: '111122223333' });
    for (const bad of ['', 'not json', 'null', '[]', '{"accountId":"12345"}', '{"prismModeEnabled":true}']) expect(accountFromSessionData(bad), bad).toBeNull();
  });

  it('reads the account menu: exactly one ID shown as 1111-2222-3333, and the alias after @', () => {
    expect(accountFromMenuText('Admin/jane @ acme-prod  Account ID: 1111-2222-3333')).toEqual({ id: '111122223333', name: 'acme-prod' });
    expect(accountFromMenuText('Account ID 4444-5555-6666')).toEqual({ id: '444455556666' });
    expect(accountFromMenuText('1111-2222-3333 4444-5555-6666')).toBeNull(); // a list of accounts says nothing certain
    expect(accountFromMenuText('jane')).toBeNull();
  });

  it.each([
    ['AdministratorAccess/jane@example.com @ acme-prod 1111-2222-3333', { id: '111122223333', name: 'acme-prod' }],
    ['Admin/ops@acme-dev.io @ acme-prod 1111-2222-3333', { id: '111122223333', name: 'acme-prod' }],
    ['Admin/jane@example.com 1111-2222-3333', { id: '111122223333' }],
    ['Admin@team/jane @ acme-prod-2 1111-2222-3333', { id: '111122223333', name: 'acme-prod-2' }],
    ['Admin/jane @ 1111-2222-3333', { id: '111122223333' }],
  ])('reads the alias by the menu label, not by the first @: %s', (text, expected) => {
    expect(accountFromMenuText(text)).toEqual(expected);
  });

  it('takes account IDs written either way', () => {
    expect(canonicalAccountId('1111-2222-3333')).toBe('111122223333');
    expect(canonicalAccountId(' 111122223333 ')).toBe('111122223333');
    expect(canonicalAccountId('11112222333')).toBeNull();
  });
});

const DEV = '1c9e7b42-0d3a-4f85-b6e2-7a4d9c3e5b08';
const PROD = '8f3d2a61-5c4b-4e7a-9d10-2b6e7c9a1f34';
const enc = (text: string) => encodeURIComponent(text);

describe('the Azure subscription a portal fragment is about', () => {
  it.each([
    ['a resource page', `#@contoso.onmicrosoft.com/resource/subscriptions/${PROD}/resourceGroups/rg/overview`, PROD],
    ['a resource page without tenant', `#resource/subscriptions/${PROD}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks/overview`, PROD],
    ['a subscription page', `#@contoso.onmicrosoft.com/resource/subscriptions/${PROD}/overview`, PROD],
    ['a resource page, all encoded', `#${enc(`@contoso.onmicrosoft.com/resource/subscriptions/${PROD}/resourceGroups/rg/overview`)}`, PROD],
    ['a view deep link with the resource ID encoded', `#view/Microsoft_Azure_ContainerService/AksBlade/id/${enc(`/subscriptions/${PROD}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks`)}`, PROD],
    ['an old blade deep link', `#blade/HubsExtension/ResourceMenuBlade/resourceId/${enc(`/subscriptions/${PROD}/resourceGroups/rg`)}`, PROD],
    ['cost management scoped to one subscription', `#view/Microsoft_Azure_CostManagement/Menu/~/costanalysis/scope/${enc(`/subscriptions/${DEV}`)}`, DEV],
    ['a dev scope before the prod resource', `#view/Microsoft_Azure_CostManagement/Menu/~/costanalysis/scope/${enc(`/subscriptions/${DEV}`)}/@contoso.onmicrosoft.com/resource/subscriptions/${PROD}/resourceGroups/rg/overview`, PROD],
    ['a dev scope parameter beside the prod resource ID', `#view/Microsoft_Azure_Policy/Blade/scope/${enc(`/subscriptions/${DEV}`)}/id/${enc(`/subscriptions/${PROD}/resourceGroups/rg`)}`, PROD],
    ['upper-case IDs', `#@t/resource/subscriptions/${PROD.toUpperCase()}/resourceGroups/rg`, PROD],
    ['two subscriptions and no resource', `#view/Microsoft_Azure_CostManagement/Compare/a/${enc(`/subscriptions/${DEV}`)}/b/${enc(`/subscriptions/${PROD}`)}`, null],
    ['two resources in different subscriptions', `#@t/resource/subscriptions/${DEV}/x/id/${enc(`/subscriptions/${PROD}/resourceGroups/rg`)}`, null],
    ['the same subscription twice', `#@t/resource/subscriptions/${PROD}/x/scope/${enc(`/subscriptions/${PROD}`)}`, PROD],
    ['home', '#home', null],
    ['a list of resource groups', '#browse/resourcegroups', null],
    ['a view with no subscription', '#view/Microsoft_Azure_Billing/SubscriptionsBladeV2', null],
    ['no fragment', '', null],
    ['broken encoding', `#@t/resource/subscriptions/${PROD}/%E0%A4%A`, PROD],
  ])('%s', (_, hash, expected) => {
    expect(subscriptionInFragment(hash)).toBe(expected);
    const reading = readConsoleUrl(`https://portal.azure.com/${hash}`)?.scope;
    expect(reading).toEqual(expected ? { kind: 'scope', scope: { console: 'azure', id: expected } } : { kind: 'unknown' });
  });

  it.each([`https://containerservice.reactblade.portal.azure.net/blade/index.html#@t/resource/subscriptions/${DEV}/resourceGroups/rg`, `https://x.hosting.portal.azure.net/x/Content/Dynamic/blade.html?id=%2Fsubscriptions%2F${DEV}#/subscriptions/${DEV}`])(
    'a blade frame names no subscription of its own, whatever its URL says: %s',
    (href) => {
      expect(readConsoleUrl(href)).toEqual({ console: 'azure', scope: { kind: 'unknown' } });
    },
  );
});

describe('what rules may match, and how scopes are written', () => {
  it('IDs and names each console can show', () => {
    expect(isScopeKey('gcp', 'acme-prod-1')).toBe(true);
    expect(isScopeKey('aws', '111122223333')).toBe(true);
    expect(isScopeKey('aws', 'Acme-Prod')).toBe(true); // aliases ignore case, as matching does
    expect(isScopeKey('aws', 'a'.repeat(64))).toBe(false);
    expect(isScopeKey('azure', SUB)).toBe(true);
    expect(isScopeKey('azure', 'x'.repeat(65))).toBe(false);
  });

  it('writes AWS accounts as the console shows them, with the alias first', () => {
    expect(scopeText({ console: 'aws', id: '111122223333', name: 'acme-prod' })).toBe('acme-prod (1111-2222-3333)');
    expect(scopeText({ console: 'aws', id: '111122223333' })).toBe('1111-2222-3333');
    expect(scopeText({ console: 'gcp', id: 'acme-prod-1' })).toBe('acme-prod-1');
    expect(scopeText({ console: 'azure', id: SUB })).toBe(SUB);
  });
});

describe('what rules read of a scope', () => {
  it('rules: the ID, then the name; the built-in rules: names only', () => {
    expect(scopeKeys({ console: 'aws', id: '111122223333', name: 'acme-prod' })).toEqual(['111122223333', 'acme-prod']);
    expect(nameKeys({ console: 'aws', id: '111122223333', name: 'acme-prod' })).toEqual(['acme-prod']);
    expect(nameKeys({ console: 'aws', id: '111122223333' })).toEqual([]);
    expect(nameKeys({ console: 'gcp', id: 'acme-prod-1' })).toEqual(['acme-prod-1']);
  });
});
