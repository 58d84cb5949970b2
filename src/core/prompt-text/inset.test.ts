import { describe, expect, it } from 'vitest';
import { insetMargins, PROMPT_INSET } from './inset';

describe('insetMargins', () => {
  const card = { left: 0, right: 600 };
  const none = { left: 0, right: 0 };

  it('moves a prompt placed edge to edge (Google Cloud, AWS) in by the inset', () => {
    expect(insetMargins({ left: 0, right: 600 }, card, none)).toEqual({ left: PROMPT_INSET, right: PROMPT_INSET });
  });

  it('moves a prompt in a padded body (Azure: 25 px) to the same inset', () => {
    expect(insetMargins({ left: 25, right: 575 }, card, none)).toEqual({ left: -1, right: -1 });
  });

  it('is steady: a prompt already at the inset keeps its margins', () => {
    expect(insetMargins({ left: 24, right: 576 }, card, { left: 24, right: 24 })).toEqual({ left: 24, right: 24 });
  });

  it('leaves a prompt alone in a card too narrow for the inset, or with no box', () => {
    expect(insetMargins({ left: 0, right: 190 }, { left: 0, right: 190 }, none)).toBeNull();
    expect(insetMargins({ left: 0, right: 0 }, card, none)).toBeNull();
  });
});
