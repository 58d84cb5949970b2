/**
 * Which edits of the prompt's input a person made with their keyboard (or an
 * input method). The prompt's value is what this ledger accepted, never the
 * input's raw value: a page script can focus the input and call
 * `document.execCommand('insertText')`, which the browser reports as a trusted
 * `input` event, but it cannot press a key.
 *
 *  - A typed character is accepted only when a trusted keydown for that very
 *    character (or a dead key and then its letter) came just before, in the
 *    same turn, and the value changed by exactly that insertion.
 *  - Input-method text is accepted only inside a composition a trusted
 *    compositionstart opened, and only the value the composition's own
 *    trusted input events left when it ends. Chromium fires compositionend
 *    itself as untrusted when an input method commits (seen with Chromium
 *    156), so the end may be untrusted: what it commits must still be what
 *    the trusted composition input produced.
 *  - A deletion is accepted only after a trusted Backspace or Delete keydown.
 *  - Paste and drop are refused: typing the environment's name is the point of
 *    the friction, and a pasted word is read by no one. So are undo, redo,
 *    autofill, spelling replacements and anything else.
 *
 * Pure: the prompt feeds it plain copies of the events, in order, and calls
 * endTurn() once the task that brought a keydown is over.
 */

export interface LedgerEvent {
  type: string;
  isTrusted: boolean;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  data?: string | null;
  inputType?: string;
}

/** Why an edit was undone: the prompt says so in its status line. */
export type Refusal = 'paste' | 'untyped';

export interface LedgerResult {
  /** The value the input must show now (the last accepted one when an edit was refused); null: leave it as it is. */
  value: string | null;
  refusal: Refusal | null;
}

const DELETE_KEYS: ReadonlySet<string> = new Set(['Backspace', 'Delete']);

const chars = (text: string) => [...text];

/** Is `after` what `before` becomes when one range of it is replaced by `inserted`? */
export function isInsertion(before: string, after: string, inserted: string): boolean {
  if (after.length < inserted.length) return false;
  for (let start = 0; start <= before.length; start++) {
    if (!after.startsWith(before.slice(0, start))) break;
    if (after.slice(start, start + inserted.length) !== inserted) continue;
    const tail = after.slice(start + inserted.length);
    if (before.length - tail.length >= start && before.endsWith(tail)) return true;
  }
  return false;
}

/** Is `after` what `before` becomes when one non-empty range of it is removed? */
export function isDeletion(before: string, after: string): boolean {
  if (after.length >= before.length) return false;
  let start = 0;
  while (start < after.length && after[start] === before[start]) start++;
  return before.endsWith(after.slice(start));
}

/** Does the typed `data` come from this key, or from a dead key and then this key (`´` `e` → `é`)? */
function keyMakes(key: string, afterDead: boolean, data: string): boolean {
  if (key === data) return true;
  if (!afterDead || chars(data).length > 2) return false;
  return data.normalize('NFD').includes(key) || data.normalize('NFD').includes(key.normalize('NFD'));
}

export class TypedLedger {
  private accepted = '';
  /** The character a person's key press of this turn may insert. */
  private grant: { key: string; afterDead: boolean } | null = null;
  private deadKeyPressed = false;
  private deleteKeyPressed = false;
  private composing = false;
  /** What the last compositionend of a trusted composition committed, this turn. */
  private committed: string | null = null;
  /** The value the current composition's last trusted input left. */
  private candidate: string | null = null;

  get value(): string {
    return this.accepted;
  }

  reset(): void {
    this.accepted = '';
    this.endTurn();
    this.composing = false;
    this.candidate = null;
    this.deadKeyPressed = false;
  }

  /** The task that brought the key press is over: what it allowed expires. */
  endTurn(): void {
    this.grant = null;
    this.deleteKeyPressed = false;
    this.committed = null;
  }

  /** Feeds one event and the input's value after it; returns what the input must show. */
  feed(event: LedgerEvent, valueAfter: string): LedgerResult {
    switch (event.type) {
      case 'keydown':
        if (event.isTrusted) this.onKey(event);
        return this.keep();
      case 'compositionstart':
        if (event.isTrusted) {
          this.composing = true;
          this.candidate = null;
        }
        return this.keep();
      case 'compositionend': {
        if (!this.composing) return this.keep();
        this.composing = false;
        this.committed = event.data ?? '';
        const candidate = this.candidate;
        this.candidate = null;
        // Chromium fires the last input before compositionend: accept the value that trusted input left.
        if (candidate === valueAfter && isInsertion(this.accepted, valueAfter, this.committed)) return this.accept(valueAfter);
        return this.keep();
      }
      case 'paste':
      case 'drop':
        return this.refuse('paste');
      case 'input':
        return this.onInput(event, valueAfter);
      default:
        return this.keep();
    }
  }

  /** A beforeinput the prompt should cancel outright (paste and drop never reach the value). */
  refusesBefore(event: LedgerEvent): Refusal | null {
    const type = event.inputType ?? '';
    if (type === 'insertFromPaste' || type === 'insertFromPasteAsQuotation' || type === 'insertFromDrop') return 'paste';
    return null;
  }

  private onKey(event: LedgerEvent): void {
    const key = event.key ?? '';
    if (key === 'Dead') {
      this.deadKeyPressed = true;
      return;
    }
    if (DELETE_KEYS.has(key)) {
      this.deleteKeyPressed = true;
      return;
    }
    // Ctrl or Cmd with a letter is a shortcut (Ctrl+V), not typing; AltGr reports Ctrl+Alt and types.
    const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey;
    if (chars(key).length === 1 && !shortcut) {
      this.grant = { key, afterDead: this.deadKeyPressed };
      this.deadKeyPressed = false;
    } else if (key !== 'Shift' && key !== 'AltGraph' && key !== 'CapsLock') {
      this.deadKeyPressed = false;
    }
  }

  private onInput(event: LedgerEvent, valueAfter: string): LedgerResult {
    if (valueAfter === this.accepted) return this.keep();
    if (!event.isTrusted) return this.refuse('untyped');
    const type = event.inputType ?? '';
    const data = event.data ?? '';
    if (type === 'insertText') {
      const grant = this.grant;
      this.grant = null;
      if (grant && data && keyMakes(grant.key, grant.afterDead, data) && isInsertion(this.accepted, valueAfter, data)) return this.accept(valueAfter);
      return this.refuse('untyped');
    }
    if (type === 'insertCompositionText' || type === 'insertFromComposition') {
      // While a person composes, the input shows their candidate; only the commit counts.
      if (this.composing) {
        this.candidate = event.isTrusted ? valueAfter : null;
        return this.keep();
      }
      if (this.committed !== null && isInsertion(this.accepted, valueAfter, this.committed)) return this.accept(valueAfter);
      return this.refuse('untyped');
    }
    if (type.startsWith('delete') && type !== 'deleteByCut' && type !== 'deleteByDrag') {
      if (this.deleteKeyPressed && isDeletion(this.accepted, valueAfter)) return this.accept(valueAfter);
      return this.refuse('untyped');
    }
    if (type === 'insertFromPaste' || type === 'insertFromPasteAsQuotation' || type === 'insertFromDrop' || type === 'deleteByDrag') return this.refuse('paste');
    return this.refuse('untyped');
  }

  private accept(value: string): LedgerResult {
    this.accepted = value;
    return { value, refusal: null };
  }

  private keep(): LedgerResult {
    return { value: null, refusal: null };
  }

  private refuse(refusal: Refusal): LedgerResult {
    return { value: this.accepted, refusal };
  }
}
