/**
 * The AWS console around a service page: the dark top navigation bar and
 * where the page tells its account (the `fx-scope` of scripts/lib/cloud-fixture-url.ts). The
 * bar is our markup in the console's colours, not Cloudscape: the real one is
 * the console's own. Its account menu (`fx-scope=menu`, `menu-late`, or any
 * scope with `fx-menu-account`) carries the ids and test ids that tools for
 * the real console read.
 */
import { useEffect, useState, type ReactNode } from 'react';
import I18nProvider from '@cloudscape-design/components/i18n';
import de from '@cloudscape-design/components/i18n/messages/all.de';
import en from '@cloudscape-design/components/i18n/messages/all.en';
import ja from '@cloudscape-design/components/i18n/messages/all.ja';
import { SESSION_META_NAME, awsRegion, awsSessionData, formatAccountId, type FixtureOptions, type Lang } from '../../../../scripts/lib/cloud-fixture-url';
import './aws.css';

const MESSAGES = { en, ja, de };

const WORDS = {
  en: { services: 'Services', search: 'Search', shortcut: '[Alt+S]', accountId: 'Account ID', copy: 'Copy', signOut: 'Sign out', regions: { 'us-east-1': 'N. Virginia' } },
  ja: { services: 'サービス', search: '検索', shortcut: '[Alt+S]', accountId: 'アカウント ID', copy: 'コピー', signOut: 'サインアウト', regions: { 'us-east-1': 'バージニア北部' } },
  de: { services: 'Dienste', search: 'Suchen', shortcut: '[Alt+S]', accountId: 'Konto-ID', copy: 'Kopieren', signOut: 'Abmelden', regions: { 'us-east-1': 'Nord-Virginia' } },
} satisfies Record<Lang, unknown>;

const sessionJson = (account: string, alias: string | null) => JSON.stringify(awsSessionData({ account, alias, region: awsRegion(new URL(location.href)) }));

/**
 * `late` and `menu-late`: the session meta tag joins the head some time after load (or when a spec calls
 * revealScope). `meta-changes`: the served tag's content turns from `fromAccount` to the account then.
 */
function useLateSessionMeta(options: FixtureOptions): void {
  useEffect(() => {
    if (options.scope !== 'late' && options.scope !== 'menu-late' && options.scope !== 'meta-changes') return;
    const reveal = () => {
      const served = document.querySelector<HTMLMetaElement>(`meta[name="${SESSION_META_NAME}"]`);
      if (options.scope === 'meta-changes') {
        if (served) served.content = sessionJson(options.account, options.alias);
        return;
      }
      if (served) return;
      const meta = document.createElement('meta');
      meta.name = SESSION_META_NAME;
      meta.content = sessionJson(options.account, options.alias);
      document.head.append(meta);
    };
    window.cloudConsole.revealScope = reveal;
    let timer: number | undefined;
    const start = () => (timer = window.setTimeout(reveal, options.lateMs));
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      window.clearTimeout(timer);
    };
  }, [options]);
}

/**
 * The account menu: its button's label `<role>/<user> @ <alias>` beside the ID (`fx-menu=id-only`: the ID
 * alone), and its details, in the page while closed: the alias element and the ID beside its copy control.
 */
function AccountMenu({ options }: { options: FixtureOptions }) {
  const [open, setOpen] = useState(false);
  const w = WORDS[options.lang];
  const id = formatAccountId(options.menuAccount ?? options.account);
  const full = options.menu === 'full';
  const label = options.alias ? `Admin/${options.user} @ ${options.alias}` : `Admin/${options.user}`;
  return (
    <div className="awsc-account">
      <button id="nav-usernameMenu" data-testid="account-detail-menu" type="button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}>
        {full && <span className="awsc-username">{label}</span>}
        <span className="awsc-account-id">{id}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {full && (
        <div id="menu--account" role="menu" hidden={!open}>
          <div>
            <span id="awsc-login-display-name-account">{options.alias ?? id}</span>
          </div>
          <div>
            <span>{w.accountId}</span> <span>{id}</span>
            <button type="button" data-testid="awsc-copy-accountid" aria-label={`${w.copy} ${w.accountId}`}>
              ⧉
            </button>
          </div>
          <button type="button" role="menuitem">
            {w.signOut}
          </button>
        </div>
      )}
    </div>
  );
}

/** Cloudscape's own messages (close buttons, table labels) in the page's language. */
export function CloudscapeLocale({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <I18nProvider locale={lang} messages={[MESSAGES[lang]]}>
      {children}
    </I18nProvider>
  );
}

export function AwsShell({ options, children }: { options: FixtureOptions; children: ReactNode }) {
  useLateSessionMeta(options);
  const w = WORDS[options.lang];
  const region = awsRegion(new URL(location.href));
  return (
    <CloudscapeLocale lang={options.lang}>
      <header id="awsc-top-level-nav" className="awsc-nav">
        <a className="awsc-logo" href="/console/home" aria-label="AWS Console Home">
          aws
        </a>
        <button type="button" className="awsc-services">
          {w.services}
        </button>
        <input className="awsc-search" type="search" aria-label={w.search} placeholder={`${w.search} ${w.shortcut}`} />
        <span className="awsc-spacer" />
        <span className="awsc-region" data-testid="awsc-nav-regions-menu-button">
          {(w.regions as Record<string, string>)[region] ?? region}
        </span>
        {(options.scope === 'menu' || options.scope === 'menu-late' || options.menuAccount) && <AccountMenu options={options} />}
      </header>
      <div className="awsc-content">{children}</div>
    </CloudscapeLocale>
  );
}
