import { describe, expect, it } from 'vitest';
import { isDeletion, isInsertion, TypedLedger, type LedgerEvent } from './typed-ledger';

const key = (k: string, extra: Partial<LedgerEvent> = {}): LedgerEvent => ({ type: 'keydown', isTrusted: true, key: k, ...extra });
const input = (inputType: string, data: string | null, extra: Partial<LedgerEvent> = {}): LedgerEvent => ({ type: 'input', isTrusted: true, inputType, data, ...extra });

/** A person pressing one key: keydown, then the browser's insertText, in one turn. */
function press(ledger: TypedLedger, character: string, before: string): string {
  ledger.feed(key(character), before);
  const after = before + character;
  const result = ledger.feed(input('insertText', character), after);
  ledger.endTurn();
  return result.value ?? after;
}

function typeWord(ledger: TypedLedger, word: string): string {
  let value = ledger.value;
  for (const character of word) value = press(ledger, character, value);
  return value;
}

describe('isInsertion / isDeletion', () => {
  it('finds one replaced range', () => {
    expect(isInsertion('prod', 'produ', 'u')).toBe(true);
    expect(isInsertion('prod', 'pXrod', 'X')).toBe(true);
    expect(isInsertion('prod', 'pX', 'X')).toBe(true); // a selection typed over
    expect(isInsertion('prod', 'production', 'u')).toBe(false);
    expect(isInsertion('', 'production', 'p')).toBe(false);
  });
  it('finds one removed range', () => {
    expect(isDeletion('prod', 'pro')).toBe(true);
    expect(isDeletion('prod', 'pd')).toBe(true);
    expect(isDeletion('prod', '')).toBe(true);
    expect(isDeletion('prod', 'prod')).toBe(false);
    expect(isDeletion('prod', 'pra')).toBe(false);
  });
});

describe('TypedLedger', () => {
  it('accepts a word a person types key by key', () => {
    const ledger = new TypedLedger();
    typeWord(ledger, 'production');
    expect(ledger.value).toBe('production');
  });

  it('accepts upper case and a character typed with AltGr', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('P', { shiftKey: true } as Partial<LedgerEvent>), '');
    expect(ledger.feed(input('insertText', 'P'), 'P').refusal).toBeNull();
    ledger.endTurn();
    ledger.feed(key('@', { ctrlKey: true, altKey: true }), 'P');
    expect(ledger.feed(input('insertText', '@'), 'P@').refusal).toBeNull();
    expect(ledger.value).toBe('P@');
  });

  it('accepts a dead key and then its letter', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('Dead'), '');
    ledger.endTurn();
    ledger.feed(key('e'), '');
    expect(ledger.feed(input('insertText', 'é'), 'é')).toEqual({ value: 'é', refusal: null });
    ledger.endTurn();
    // Without the dead key, `e` cannot make `é`.
    ledger.feed(key('e'), 'é');
    expect(ledger.feed(input('insertText', 'é'), 'éé').refusal).toBe('untyped');
    expect(ledger.value).toBe('é');
  });

  it('accepts what an input method commits, between compositionstart and compositionend', () => {
    const ledger = new TypedLedger();
    ledger.feed({ type: 'compositionstart', isTrusted: true, data: '' }, '');
    ledger.feed(key('Process'), '');
    expect(ledger.feed(input('insertCompositionText', 'ほ'), 'ほ').value).toBeNull(); // a candidate: left alone, not accepted
    expect(ledger.value).toBe('');
    ledger.feed(input('insertCompositionText', '本番'), '本番');
    // Chromium: the last input comes before compositionend.
    expect(ledger.feed({ type: 'compositionend', isTrusted: true, data: '本番' }, '本番').value).toBe('本番');
    expect(ledger.value).toBe('本番');
  });

  it('accepts a commit whose compositionend Chromium fires untrusted, when trusted composition input left that value', () => {
    const ledger = new TypedLedger();
    ledger.feed({ type: 'compositionstart', isTrusted: true, data: '' }, '');
    ledger.feed(input('insertCompositionText', 'produc'), 'produc');
    ledger.feed(input('insertCompositionText', 'production'), 'production');
    expect(ledger.feed({ type: 'compositionend', isTrusted: false, data: 'production' }, 'production').value).toBe('production');
    expect(ledger.value).toBe('production');
  });

  it('refuses a commit whose value no trusted composition input left (a script edit during the composition)', () => {
    const ledger = new TypedLedger();
    ledger.feed({ type: 'compositionstart', isTrusted: true, data: '' }, '');
    ledger.feed(input('insertCompositionText', 'p'), 'p');
    expect(ledger.feed({ type: 'compositionend', isTrusted: false, data: 'production' }, 'production').value).toBeNull();
    expect(ledger.feed({ ...input('insertCompositionText', 'production'), isTrusted: false }, 'production').refusal).toBe('untyped');
    expect(ledger.value).toBe('');
  });

  it('accepts a commit whose input comes after compositionend (Firefox)', () => {
    const ledger = new TypedLedger();
    ledger.feed({ type: 'compositionstart', isTrusted: true, data: '' }, '');
    ledger.feed(input('insertCompositionText', 'ほ'), 'ほ');
    ledger.feed({ type: 'compositionend', isTrusted: true, data: '本番' }, 'ほ');
    expect(ledger.feed(input('insertCompositionText', '本番'), '本番').refusal).toBeNull();
    expect(ledger.value).toBe('本番');
  });

  it('refuses composition text that is not what compositionend committed, or with no composition', () => {
    const ledger = new TypedLedger();
    ledger.feed({ type: 'compositionstart', isTrusted: true, data: '' }, '');
    ledger.feed({ type: 'compositionend', isTrusted: true, data: 'a' }, '');
    expect(ledger.feed(input('insertCompositionText', 'production'), 'production').refusal).toBe('untyped');
    ledger.endTurn();
    expect(ledger.feed(input('insertCompositionText', 'production'), 'production')).toEqual({ value: '', refusal: 'untyped' });
    // An untrusted compositionstart opens nothing.
    ledger.feed({ type: 'compositionstart', isTrusted: false, data: '' }, '');
    ledger.feed({ type: 'compositionend', isTrusted: false, data: 'production' }, 'production');
    expect(ledger.feed(input('insertCompositionText', 'production'), 'production').refusal).toBe('untyped');
    expect(ledger.value).toBe('');
  });

  it('accepts Backspace and Delete, and refuses a deletion no key made', () => {
    const ledger = new TypedLedger();
    typeWord(ledger, 'prod');
    ledger.feed(key('Backspace'), 'prod');
    expect(ledger.feed(input('deleteContentBackward', null), 'pro').refusal).toBeNull();
    ledger.endTurn();
    ledger.feed(key('Delete'), 'pro');
    expect(ledger.feed(input('deleteContentForward', null), 'pr').refusal).toBeNull();
    ledger.endTurn();
    expect(ledger.feed(input('deleteContentBackward', null), 'p')).toEqual({ value: 'pr', refusal: 'untyped' });
    expect(ledger.value).toBe('pr');
  });

  it('refuses text inserted with no key press (execCommand insertText, autofill)', () => {
    const ledger = new TypedLedger();
    expect(ledger.feed(input('insertText', 'production'), 'production')).toEqual({ value: '', refusal: 'untyped' });
    expect(ledger.feed(input('insertReplacementText', 'production'), 'production').refusal).toBe('untyped');
    expect(ledger.feed(input('', null), 'production').refusal).toBe('untyped');
    expect(ledger.value).toBe('');
  });

  it('refuses a key press for another character, or more than the key typed', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('x'), '');
    expect(ledger.feed(input('insertText', 'production'), 'production').refusal).toBe('untyped');
    ledger.feed(key('p'), '');
    expect(ledger.feed(input('insertText', 'p'), 'production').refusal).toBe('untyped');
    expect(ledger.value).toBe('');
  });

  it('lets one key press insert once, and only in its own turn', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('p'), '');
    expect(ledger.feed(input('insertText', 'p'), 'p').refusal).toBeNull();
    expect(ledger.feed(input('insertText', 'p'), 'pp').refusal).toBe('untyped');
    ledger.feed(key('r'), 'p');
    ledger.endTurn();
    expect(ledger.feed(input('insertText', 'r'), 'pr').refusal).toBe('untyped');
    expect(ledger.value).toBe('p');
  });

  it('refuses paste and drop', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('v', { ctrlKey: true }), '');
    expect(ledger.feed({ type: 'paste', isTrusted: true }, '').refusal).toBe('paste');
    expect(ledger.feed(input('insertFromPaste', 'production'), 'production')).toEqual({ value: '', refusal: 'paste' });
    expect(ledger.feed(input('insertFromDrop', 'production'), 'production').refusal).toBe('paste');
    expect(ledger.refusesBefore({ type: 'beforeinput', isTrusted: true, inputType: 'insertFromPaste' })).toBe('paste');
    expect(ledger.refusesBefore({ type: 'beforeinput', isTrusted: true, inputType: 'insertText' })).toBeNull();
    expect(ledger.value).toBe('');
  });

  it('refuses undo and redo', () => {
    const ledger = new TypedLedger();
    typeWord(ledger, 'prod');
    ledger.feed(key('z', { ctrlKey: true }), 'prod');
    expect(ledger.feed(input('historyUndo', null), 'pro').refusal).toBe('untyped');
    expect(ledger.feed(input('historyRedo', null), 'prodd').refusal).toBe('untyped');
    expect(ledger.value).toBe('prod');
  });

  it('ignores untrusted events: a script keydown grants nothing, a script input is undone', () => {
    const ledger = new TypedLedger();
    ledger.feed(key('p', { isTrusted: false }), '');
    expect(ledger.feed(input('insertText', 'p'), 'p').refusal).toBe('untyped');
    typeWord(ledger, 'prod');
    expect(ledger.feed(input('insertText', 'u', { isTrusted: false }), 'produ')).toEqual({ value: 'prod', refusal: 'untyped' });
    ledger.feed(key('Backspace', { isTrusted: false }), 'prod');
    expect(ledger.feed(input('deleteContentBackward', null), 'pro').refusal).toBe('untyped');
  });

  it('starts again from nothing after reset', () => {
    const ledger = new TypedLedger();
    typeWord(ledger, 'prod');
    ledger.reset();
    expect(ledger.value).toBe('');
  });
});
