/**
 * The Azure portal's chrome around a blade: top bar, breadcrumb and blade
 * frame, with `fxs-` class names as the real portal's own markup has. Our
 * markup (the portal's shell is not Fluent UI); the blades inside use Fluent.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../../../scripts/lib/cloud-fixture-url';
import './portal.css';

const WORDS = {
  en: { search: 'Search resources, services, and docs (G+/)', home: 'Home' },
  ja: { search: 'リソース、サービス、ドキュメントの検索 (G+/)', home: 'ホーム' },
  de: { search: 'Ressourcen, Dienste und Dokumente durchsuchen (G+/)', home: 'Startseite' },
} satisfies Record<Lang, unknown>;

export function Portal({ lang, tenant, crumbs, children }: { lang: Lang; tenant: string | null; crumbs: string[]; children: ReactNode }) {
  const w = WORDS[lang];
  return (
    <div className="fxs-portal">
      <header className="fxs-topbar" role="banner">
        <a className="fxs-topbar-home" href="#home">
          Microsoft Azure
        </a>
        <input className="fxs-search" type="search" aria-label={w.search} placeholder={w.search} />
        <span className="fxs-topbar-spacer" />
        <button type="button" className="fxs-avatarmenu-header">
          <span>jane@contoso.com</span>
          <span className="fxs-avatarmenu-tenant">{(tenant ?? 'contoso.onmicrosoft.com').split('.')[0]!.toUpperCase()}</span>
        </button>
      </header>
      <nav className="fxs-breadcrumb" aria-label="Breadcrumb">
        {[w.home, ...crumbs].join(' > ')}
      </nav>
      <main className="fxs-blade">{children}</main>
    </div>
  );
}
