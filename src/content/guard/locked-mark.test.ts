// @vitest-environment happy-dom
/** Locked marks: exact restore, and marking again after the page rewrote its own attributes. */
import { describe, expect, it } from 'vitest';
import { LOCKED_ATTR, markLocked, unmarkLocked } from './locked-mark';

const WHY = 'Type production to enable';

function button(attributes: Record<string, string> = {}): HTMLButtonElement {
  const element = document.createElement('button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('locked marks', () => {
  it('marks a button locked and puts back exactly what the console had', () => {
    const delete_ = button({ title: 'Delete the cluster', 'aria-disabled': 'false' });
    markLocked(delete_, WHY);
    expect(delete_.hasAttribute(LOCKED_ATTR)).toBe(true);
    expect(delete_.getAttribute('aria-disabled')).toBe('true');
    expect(delete_.getAttribute('title')).toBe(WHY);
    unmarkLocked(delete_);
    expect(delete_.hasAttribute(LOCKED_ATTR)).toBe(false);
    expect(delete_.getAttribute('aria-disabled')).toBe('false');
    expect(delete_.getAttribute('title')).toBe('Delete the cluster');
  });

  it('restores absent attributes as absent', () => {
    const delete_ = button();
    markLocked(delete_, WHY);
    unmarkLocked(delete_);
    expect(delete_.hasAttribute('aria-disabled')).toBe(false);
    expect(delete_.hasAttribute('title')).toBe(false);
  });

  it('marks again when the page removed aria-disabled under the lock, and restores what the page wrote last', () => {
    const delete_ = button({ 'aria-disabled': 'true' });
    markLocked(delete_, WHY);
    // Angular Material's [attr.aria-disabled] binding re-renders to null once the console's own check passes.
    delete_.removeAttribute('aria-disabled');
    delete_.setAttribute('title', 'Delete now');
    markLocked(delete_, WHY);
    expect(delete_.getAttribute('aria-disabled')).toBe('true');
    expect(delete_.getAttribute('title')).toBe(WHY);
    unmarkLocked(delete_);
    expect(delete_.hasAttribute('aria-disabled')).toBe(false);
    expect(delete_.getAttribute('title')).toBe('Delete now');
  });

  it('marking twice with nothing changed keeps the console values saved', () => {
    const delete_ = button({ title: 'Delete' });
    markLocked(delete_, WHY);
    markLocked(delete_, WHY);
    unmarkLocked(delete_);
    expect(delete_.getAttribute('title')).toBe('Delete');
  });
});
