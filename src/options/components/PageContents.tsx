/**
 * "On this page": links to the page's sections. Following one moves keyboard
 * focus to the section's heading, so the next Tab continues from there.
 */
import { t } from '../../platform/i18n';

interface Entry {
  id: string;
  text: string;
  /** A part of the section before it. */
  sub?: boolean;
}

function entries(): Entry[] {
  return [
    { id: 'tester-heading', text: t('optionsTesterHeading') },
    { id: 'personal-heading', text: t('optionsPersonalHeading') },
    { id: 'rules-heading', text: t('optionsRulesHeading'), sub: true },
    { id: 'environments-heading', text: t('optionsEnvironmentsHeading'), sub: true },
    { id: 'personal-options-heading', text: t('optionsPersonalOptionsHeading'), sub: true },
    { id: 'banner-options-heading', text: t('optionsBannerHeading'), sub: true },
    { id: 'transfer-heading', text: t('optionsTransferHeading') },
    { id: 'team-heading', text: t('optionsTeamHeading') },
    { id: 'sites-heading', text: t('optionsSitesHeading') },
    { id: 'audit-heading', text: t('optionsAuditHeading') },
  ];
}

function goTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  // A heading takes focus only when asked to; it stays out of the Tab order.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  history.replaceState(null, '', `#${id}`);
}

export function PageContents() {
  return (
    <nav class="card page-contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" class="visually-hidden">
        {t('optionsContentsHeading')}
      </h2>
      <ul>
        {entries().map((entry) => (
          <li key={entry.id} class={entry.sub ? 'sub' : undefined}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => {
                event.preventDefault();
                goTo(entry.id);
              }}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
