/** What the console tab's banner looks like for an environment: same parts, same colours, contrast-safe ink. */
import { readableTextColor } from '../../core/contrast';
import { t } from '../../platform/i18n';

interface Props {
  label: string;
  name: string;
  color: string;
  project: string;
  /** A smaller version for the environment rows. */
  compact?: boolean;
}

export function BannerPreview({ label, name, color, project, compact = false }: Props) {
  const ink = readableTextColor(color);
  return (
    <div
      class={compact ? 'banner-preview compact' : 'banner-preview'}
      role="img"
      aria-label={t('optionsBannerPreviewName', [t('bannerAccessibleName', [name, project])])}
      style={{ '--cg-color': color, '--cg-ink': ink }}
      data-ink={ink}
    >
      <span class="banner-label">{label}</span>
      <span class="banner-environment">{name}</span>
      {compact ? null : (
        <>
          <span class="banner-caption">{t('bannerProjectCaption')}</span>
          <span class="banner-project">{project}</span>
        </>
      )}
    </div>
  );
}
