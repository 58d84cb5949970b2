/**
 * Keeps the state quiet-issues.ts reads: the rows added on this page, and
 * the controls the person has typed in, changed or left.
 */
import { useState } from 'preact/hooks';
import type { Draft } from './model';
import { addedRowKey, NOTHING_QUIET, type QuietState } from './quiet-issues';

export interface QuietFields {
  state: QuietState;
  /** Call with every edit: a row just added starts quiet. */
  edited: (before: Draft, after: Draft) => void;
  /** A control's id, from an input, change or focusout event in the editor. */
  touch: (id: string) => void;
  /** Save was tried, or the draft saved or dropped: nothing is held back any more. */
  revealAll: () => void;
}

export function useQuietFields(): QuietFields {
  const [state, setState] = useState<QuietState>(NOTHING_QUIET);
  return {
    state,
    edited: (before, after) => {
      const key = addedRowKey(before, after);
      if (key !== null) setState((previous) => ({ ...previous, freshRows: new Set([...previous.freshRows, key]) }));
    },
    touch: (id) => {
      if (!id) return;
      setState((previous) => (previous.touched.has(id) ? previous : { ...previous, touched: new Set([...previous.touched, id]) }));
    },
    revealAll: () => setState(NOTHING_QUIET),
  };
}
