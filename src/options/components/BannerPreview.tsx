/** What the console tab's banner looks like for an environment: same parts, same colours, contrast-safe ink. */
import type { ConsoleId } from '../../consoles/ids';
import { readableTextColor } from '../../core/contrast';
import { t } from '../../platform/i18n';

interface Props {
  label: string;
  name: string;
  color: string;
  /** The scope as a tab writes it: a project ID, `acme-prod (1111-2222-3333)`, a subscription ID. */
  project: string;
  /** Whose scope `project` is (Google Cloud unless said): the banner's caption and accessible name follow it. */
  console?: ConsoleId;
  /** A smaller version for the environment rows. */
  compact?: boolean;
}

/** The banner's caption before the scope, as console tabs show it. */
function caption(console: ConsoleId): string {
  switch (console) {
    case 'gcp':
      return t('bannerProjectCaption');
    case 'aws':
      return t('bannerAwsCaption');
    case 'azure':
      return t('bannerAzureCaption');
    case 'site':
      return t('bannerSiteCaption');
  }
}

function accessibleName(console: ConsoleId, name: string, project: string): string {
  switch (console) {
    case 'gcp':
      return t('bannerAccessibleName', [name, project]);
    case 'aws':
      return t('bannerAccessibleNameAws', [name, project]);
    case 'azure':
      return t('bannerAccessibleNameAzure', [name, project]);
    case 'site':
      return t('bannerAccessibleNameSite', [name, project]);
  }
}

export function BannerPreview({ label, name, color, project, console = 'gcp', compact = false }: Props) {
  const ink = readableTextColor(color);
  return (
    <div
      class={compact ? 'banner-preview compact' : 'banner-preview'}
      role="img"
      aria-label={t('optionsBannerPreviewName', [accessibleName(console, name, project)])}
      style={{ '--cg-color': color, '--cg-ink': ink }}
      data-ink={ink}
    >
      <span class="banner-label">{label}</span>
      <span class="banner-environment">{name}</span>
      {compact ? null : (
        <>
          <span class="banner-caption">{caption(console)}</span>
          <span class="banner-project">{project}</span>
        </>
      )}
    </div>
  );
}
