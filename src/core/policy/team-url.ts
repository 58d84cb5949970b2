/**
 * The one check of a team policy URL, whoever set it (the user in the options
 * page, or an administrator through managed storage) and whoever asks
 * (settings reader, managed reader, sync, options page). Pure.
 *
 * Only `https:` URLs without credentials are allowed: a policy decides which
 * projects are guarded, so it must not be alterable on its way, and it is
 * fetched without cookies or passwords.
 */

export type TeamUrlProblem = 'required' | 'notHttps' | 'invalidUrl' | 'credentials';

export type TeamUrlCheck =
  /** `url` is normalised (`HTTPS://Example.com:443/a/../p.json` -> `https://example.com/p.json`). */
  | { ok: true; url: string }
  /** `url` is what was given, trimmed, with any user name and password blanked; `error` says why, in English. */
  | { ok: false; code: TeamUrlProblem; url: string; error: string };

/** A configured URL: a non-empty string once trimmed, else null (an empty value counts as not set). */
export function configuredTeamUrl(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The URL with any user name and password blanked, for messages and the stored status. */
function redact(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username) copy.username = '***';
  if (copy.password) copy.password = '***';
  return copy.href;
}

export function validateTeamUrl(raw: string): TeamUrlCheck {
  const text = raw.trim();
  if (!text) return { ok: false, code: 'required', url: text, error: 'the team policy URL is empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'invalidUrl', url: text, error: `"${text}" is not a URL; expected one like https://example.com/team-policy.json` };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      code: 'notHttps',
      url: redact(url),
      error: `${redact(url)}: only https:// URLs are allowed for a team policy (got ${url.protocol}//), so nobody on the network can change it on its way`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      code: 'credentials',
      url: redact(url),
      error: `${redact(url)}: the URL must not contain a user name or password; Cluster Guard fetches the policy without credentials`,
    };
  }
  return { ok: true, url: url.href };
}
