/**
 * The cloud-console fixture's URL scheme, shared by the app (which page to
 * render), the server (scripts/lib/console-pages.ts: the session meta tag it
 * writes into the HTML) and the specs (the URLs they open). Pure: no DOM.
 *
 * The console and page come from the URL as on the real sites: the host
 * (AWS console, Azure portal, Azure React blade frame), the path (AWS) or
 * the fragment (Azure). What only a fixture needs rides in query
 * parameters prefixed `fx-`, which the real consoles never use.
 */
export type Lang = 'en' | 'ja' | 'de';
/**
 * Where an AWS page tells its account: session meta tag in the served HTML,
 * the same added later, the account menu only, the menu at once and the
 * meta tag later, a served meta tag naming `fromAccount` whose content
 * becomes the account later, or nowhere.
 */
export type AwsScope = 'meta' | 'late' | 'menu' | 'menu-late' | 'meta-changes' | 'none';
/** How the AWS account menu shows the account: role/user @ alias with the ID beside its copy control, or the ID alone. */
export type AwsMenu = 'full' | 'id-only';
export type ConsoleKind = 'aws' | 'azure' | 'azure-blade';

export const FX = {
  lang: 'fx-lang',
  dialog: 'fx-dialog',
  scope: 'fx-scope',
  account: 'fx-account',
  alias: 'fx-alias',
  lateMs: 'fx-late-ms',
  resource: 'fx-resource',
  user: 'fx-user',
  menu: 'fx-menu',
  menuAccount: 'fx-menu-account',
  fromAccount: 'fx-from-account',
  fromAlias: 'fx-from-alias',
  bladeHash: 'fx-blade-hash',
} as const;

export interface FixtureOptions {
  lang: Lang;
  /** A dialog of the page opened as soon as it renders (its id, e.g. `delete-cluster`). */
  dialog: string | null;
  scope: AwsScope;
  account: string;
  /** The account alias; null when the account has none. */
  alias: string | null;
  /** `late` scope: how long after the load event the session meta tag appears. */
  lateMs: number;
  /** Azure React blade frames: the resource the blade shows (the real portal tells its frames by messages). */
  resource: string | null;
  /** The user name in the AWS account menu's label (`Admin/<user> @ <alias>`), e-mail addresses included. */
  user: string;
  menu: AwsMenu;
  /** The account the AWS menu shows: `account` unless a spec makes the page disagree with itself (the menu then shows whatever the scope). */
  menuAccount: string | null;
  /** `meta-changes`: what the served meta tag names before it changes to `account`/`alias`. */
  fromAccount: string;
  fromAlias: string | null;
  /** Azure: a fragment the AKS page gives its blade frame's own URL. */
  bladeHash: string | null;
}

export const DEFAULT_ACCOUNT = '111122223333';
const LANGS: readonly Lang[] = ['en', 'ja', 'de'];
const SCOPES: readonly AwsScope[] = ['meta', 'late', 'menu', 'menu-late', 'meta-changes', 'none'];
const accountParam = (value: string | null) => (value && /^\d{12}$/.test(value) ? value : null);

export function readFixtureOptions(url: URL): FixtureOptions {
  const get = (name: string) => url.searchParams.get(name);
  const lang = get(FX.lang);
  const scope = get(FX.scope);
  const account = get(FX.account);
  const lateMs = Number(get(FX.lateMs) ?? '1500');
  return {
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : 'en',
    dialog: get(FX.dialog) || null,
    scope: SCOPES.includes(scope as AwsScope) ? (scope as AwsScope) : 'none',
    account: accountParam(account) ?? DEFAULT_ACCOUNT,
    alias: get(FX.alias) || null,
    lateMs: Number.isFinite(lateMs) && lateMs >= 0 ? lateMs : 1500,
    resource: get(FX.resource) || null,
    user: get(FX.user) || 'jane',
    menu: get(FX.menu) === 'id-only' ? 'id-only' : 'full',
    menuAccount: accountParam(get(FX.menuAccount)),
    fromAccount: accountParam(get(FX.fromAccount)) ?? DEFAULT_ACCOUNT,
    fromAlias: get(FX.fromAlias) || null,
    bladeHash: get(FX.bladeHash) || null,
  };
}

/** The fixture parameters of `url` only (what a page hands on to its frames). */
export function fixtureParams(url: URL): URLSearchParams {
  return new URLSearchParams([...url.searchParams].filter(([name]) => name.startsWith('fx-')));
}

const AWS_HOST = /^(?:[\w-]+\.)*console\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/;
const AZURE_PORTAL_HOST = /^(?:preview\.|ms\.)?portal\.azure\.com$/;
const AZURE_BLADE_HOST = /^[\w-]+\.reactblade\.portal\.azure\.net$/;

/** Which console a URL belongs to (by its host), or null for any other site. */
export function consoleKind(url: URL): ConsoleKind | null {
  if (url.protocol !== 'https:') return null;
  if (AWS_HOST.test(url.hostname)) return 'aws';
  if (AZURE_PORTAL_HOST.test(url.hostname)) return 'azure';
  if (AZURE_BLADE_HOST.test(url.hostname)) return 'azure-blade';
  return null;
}

/** `111122223333` as the AWS console writes it: `1111-2222-3333`. */
export function formatAccountId(account: string): string {
  return account.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

/** The JSON the AWS console puts in `<meta name="awsc-session-data">`. */
export function awsSessionData(o: { account: string; alias: string | null; region: string }): Record<string, unknown> {
  const role = 'Admin/jane';
  return {
    accountId: o.account,
    ...(o.alias ? { accountAlias: o.alias } : {}),
    sessionARN: `arn:aws:sts::${o.account}:assumed-role/${role}`,
    displayName: `${role} @ ${o.alias ?? formatAccountId(o.account)}`,
    infrastructureRegion: o.region,
    prismModeEnabled: false,
  };
}

export const SESSION_META_NAME = 'awsc-session-data';

/** Whether the served HTML carries the session meta tag. */
export const servesSessionMeta = (o: FixtureOptions) => o.scope === 'meta' || o.scope === 'meta-changes';

/** The session meta tag as HTML, attribute in single quotes as the console serves it (`meta-changes`: what it says before it changes). */
export function sessionMetaHtml(url: URL): string {
  const o = readFixtureOptions(url);
  const [account, alias] = o.scope === 'meta-changes' ? [o.fromAccount, o.fromAlias] : [o.account, o.alias];
  const json = JSON.stringify(awsSessionData({ account, alias, region: awsRegion(url) }));
  return `<meta name="${SESSION_META_NAME}" content='${json.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'>`;
}

/** The region an AWS console URL is in: `?region=`, else the host's region label, else us-east-1. */
export function awsRegion(url: URL): string {
  const fromHost = /(?:^|\.)([a-z]{2}(?:-gov)?-[a-z]+-\d)\.console\./.exec(url.hostname)?.[1];
  return url.searchParams.get('region') ?? fromHost ?? 'us-east-1';
}

/** The Azure portal's fragment: `#@<tenant>/resource/subscriptions/<id>/resourceGroups/<rg>[/providers/.../managedClusters/<name>]/overview`. */
export interface AzureLocation {
  tenant: string | null;
  subscription: string | null;
  resourceGroup: string | null;
  /** An AKS cluster's name when the fragment points at one. */
  managedCluster: string | null;
}

export function azureLocation(hash: string): AzureLocation {
  const path = decodeURIComponent(hash.replace(/^#/, ''));
  const part = (pattern: RegExp) => pattern.exec(path)?.[1] ?? null;
  return {
    tenant: part(/^@([^/]+)/),
    // The resource's subscription, not a view's scope parameter before it.
    subscription: part(/(?:^|\/)resource\/subscriptions\/([^/]+)/i) ?? part(/\/subscriptions\/([^/]+)/i),
    resourceGroup: part(/\/resourceGroups\/([^/]+)/i),
    managedCluster: part(/\/providers\/Microsoft\.ContainerService\/managedClusters\/([^/]+)/i),
  };
}

/** The fragment of an Azure portal resource page. */
export function azureHash(o: { tenant: string; subscription: string; resourceGroup: string; managedCluster?: string }): string {
  const cluster = o.managedCluster ? `/providers/Microsoft.ContainerService/managedClusters/${o.managedCluster}` : '';
  return `#@${o.tenant}/resource/subscriptions/${o.subscription}/resourceGroups/${o.resourceGroup}${cluster}/overview`;
}
