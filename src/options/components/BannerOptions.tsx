/**
 * The personal banner display: its size, and whether to tint the console's
 * own top bar. A field the team or managed policy sets is shown with the
 * team's value, disabled, saying so (the strongest source that sets a field
 * decides it: core/policy/effective).
 */
import type { EffectiveDisplay } from '../../core/policy/effective';
import { BANNER_SIZES, DEFAULT_BANNER_DISPLAY, type BannerSize } from '../../core/policy/types';
import { t } from '../../platform/i18n';
import { setBannerSize, setTintConsoleHeader, type Draft } from '../model';

interface Props {
  draft: Draft;
  /** The display in force, with where each field comes from. */
  display: EffectiveDisplay;
  onChange: (draft: Draft) => void;
}

const SIZE_TEXT: Record<BannerSize, () => string> = {
  compact: () => t('optionsBannerSizeCompact'),
  tall: () => t('optionsBannerSizeTall'),
};

const byAuthority = (source: string) => source === 'managed' || source === 'team';

export function BannerOptions({ draft, display, onChange }: Props) {
  const sizeLocked = byAuthority(display.sources.size);
  const tintLocked = byAuthority(display.sources.tintConsoleHeader);
  const size = sizeLocked ? display.size : (draft.banner.size ?? DEFAULT_BANNER_DISPLAY.size);
  const tint = tintLocked ? display.tintConsoleHeader : (draft.banner.tintConsoleHeader ?? DEFAULT_BANNER_DISPLAY.tintConsoleHeader);
  return (
    <section class="editor" aria-labelledby="banner-options-heading">
      <h3 id="banner-options-heading">{t('optionsBannerHeading')}</h3>
      <p class="hint">{t('optionsBannerIntro')}</p>
      <fieldset class="guards" id="banner-size" disabled={sizeLocked} aria-describedby={sizeLocked ? 'banner-size-locked' : undefined}>
        <legend>{t('optionsBannerSize')}</legend>
        {BANNER_SIZES.map((value) => (
          <div class="field check" key={value}>
            <input
              type="radio"
              id={`banner-size-${value}`}
              name="banner-size"
              value={value}
              checked={size === value}
              onChange={() => onChange(setBannerSize(draft, value))}
            />
            <label for={`banner-size-${value}`}>{SIZE_TEXT[value]()}</label>
          </div>
        ))}
        {sizeLocked ? (
          <p class="hint" id="banner-size-locked" data-testid="banner-size-locked">
            {t('optionsSetByTeamPolicy')}
          </p>
        ) : null}
      </fieldset>
      <div class="field check">
        <input
          id="banner-tint"
          type="checkbox"
          checked={tint}
          disabled={tintLocked}
          aria-describedby={tintLocked ? 'banner-tint-hint banner-tint-locked' : 'banner-tint-hint'}
          onChange={(e) => onChange(setTintConsoleHeader(draft, e.currentTarget.checked))}
        />
        <label for="banner-tint">{t('optionsBannerTint')}</label>
      </div>
      <p class="hint indent" id="banner-tint-hint">
        {t('optionsBannerTintHint')}
      </p>
      {tintLocked ? (
        <p class="hint indent" id="banner-tint-locked" data-testid="banner-tint-locked">
          {t('optionsSetByTeamPolicy')}
        </p>
      ) : null}
    </section>
  );
}
