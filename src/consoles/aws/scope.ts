/**
 * AWS console: the scope is the account (12 digits), and its alias where
 * the console shows one. Pure.
 *
 * Hosts: console.aws.amazon.com and its regional hosts, the GovCloud
 * (amazonaws-us-gov.com) and China (amazonaws.cn) partitions. Multi-session
 * mode puts the account in the host (`111122223333-abcd1234.us-east-1.console.aws.amazon.com`);
 * otherwise the URL does not say, and the page does (aws/page.ts).
 */
import type { ConsoleUrls } from '../ids';

const PARTITIONS = /(?:^|\.)console\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/;
/** `<account>-<session>.<region>.console...`: the multi-session host. */
const MULTI_SESSION = /^(\d{12})-[a-z0-9]+\.[a-z0-9-]+\.console\./;
const ACCOUNT_ID = /^\d{12}$/;
/** As the console shows it, and as people paste it. */
const SHOWN_ACCOUNT_ID = /^\d{4}-\d{4}-\d{4}$/;
/** IAM account aliases: lower-case letters, digits and hyphens, 3–63, no hyphen at either end. */
const ALIAS = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text);
}

export function isAccountAlias(text: string): boolean {
  return ALIAS.test(text) && !ACCOUNT_ID.test(text);
}

/** The 12 digits of an account ID written either way, or null. */
export function canonicalAccountId(text: string): string | null {
  const trimmed = text.trim();
  if (ACCOUNT_ID.test(trimmed)) return trimmed;
  return SHOWN_ACCOUNT_ID.test(trimmed) ? trimmed.replace(/-/g, '') : null;
}

export const awsUrls: ConsoleUrls = {
  id: 'aws',
  // `*.` also matches the bare host (console.aws.amazon.com).
  matches: ['https://*.console.aws.amazon.com/*', 'https://*.console.amazonaws-us-gov.com/*', 'https://*.console.amazonaws.cn/*'],
  ownsHost: (hostname) => PARTITIONS.test(hostname.toLowerCase()),
  readUrl(url) {
    const account = MULTI_SESSION.exec(url.hostname.toLowerCase())?.[1];
    return account ? { kind: 'scope', scope: { console: 'aws', id: account } } : { kind: 'unknown' };
  },
  isScopeId: isAccountId,
  isScopeName: isAccountAlias,
  formatId: (id) => (ACCOUNT_ID.test(id) ? `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8)}` : id),
  canonicalId: canonicalAccountId,
};

/**
 * The account in AWS's session data (the JSON of `<meta name="awsc-session-data">`):
 * `accountId`, else the account in `sessionARN`; the alias from `accountAlias`.
 * Null when the text is not such data.
 */
export function accountFromSessionData(json: string): { id: string; name?: string } | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const fromArn = typeof record.sessionARN === 'string' ? record.sessionARN.split(':')[4] : undefined;
  const id = [record.accountId, fromArn].map((value) => (typeof value === 'string' ? canonicalAccountId(value) : null)).find(Boolean);
  if (!id) return null;
  const alias = typeof record.accountAlias === 'string' ? record.accountAlias.trim().toLowerCase() : '';
  return isAccountAlias(alias) ? { id, name: alias } : { id };
}

const SHOWN_IDS = /(?<![\d-])\d{4}-\d{4}-\d{4}(?![\d-])/g;

/** The one account ID `text` shows as 1111-2222-3333, or null (none, or several: a list of accounts says nothing certain). */
export function shownAccountId(text: string): string | null {
  const ids = [...new Set(text.match(SHOWN_IDS) ?? [])];
  return ids.length === 1 ? ids[0]!.replace(/-/g, '') : null;
}

/**
 * The alias in the account menu's label `<role>/<user> @ <alias>`: the word
 * after the LAST ` @ ` with spaces around it. User and role names may hold
 * `@` (`jane@example.com`, `Admin@team`) but never spaces, so the first `@`
 * says nothing. Null when the label names no alias (the account ID stands
 * there instead, or no ` @ ` at all).
 */
export function aliasFromMenuLabel(text: string): string | null {
  const parts = text.toLowerCase().split(/\s@\s/);
  if (parts.length < 2) return null;
  const word = /^\s*(\S+)/.exec(parts[parts.length - 1]!)?.[1] ?? '';
  return isAccountAlias(word) && !SHOWN_ACCOUNT_ID.test(word) ? word : null;
}

/**
 * The account in the text of the console's account menu button, which shows
 * the ID as `1111-2222-3333`, and the alias after ` @ ` (`Admin/jane @ acme-prod`)
 * when the account has one. Exactly one ID, or null.
 */
export function accountFromMenuText(text: string): { id: string; name?: string } | null {
  const id = shownAccountId(text);
  if (!id) return null;
  const alias = aliasFromMenuLabel(text);
  return alias ? { id, name: alias } : { id };
}
