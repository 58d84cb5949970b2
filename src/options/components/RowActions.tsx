/** Move up, Move down and Delete for one row of an ordered list: plain buttons, so the keyboard does everything a mouse does. */
import { t } from '../../platform/i18n';

interface Props {
  /** Ids become `${idPrefix}-up`, `-down`, `-delete` (the editors move focus to them). */
  idPrefix: string;
  /** Spoken after each button's visible text, e.g. "Rule 2". */
  itemName: string;
  index: number;
  count: number;
  onMove: (delta: number, button: 'up' | 'down') => void;
  onDelete: () => void;
}

export function RowActions({ idPrefix, itemName, index, count, onMove, onDelete }: Props) {
  const hidden = <span class="visually-hidden"> ({itemName})</span>;
  return (
    <div class="row-actions">
      <button type="button" id={`${idPrefix}-up`} disabled={index === 0} onClick={() => onMove(-1, 'up')}>
        {t('optionsMoveUp')}
        {hidden}
      </button>
      <button type="button" id={`${idPrefix}-down`} disabled={index === count - 1} onClick={() => onMove(1, 'down')}>
        {t('optionsMoveDown')}
        {hidden}
      </button>
      <button type="button" id={`${idPrefix}-delete`} class="danger" onClick={onDelete}>
        {t('optionsDelete')}
        {hidden}
      </button>
    </div>
  );
}
