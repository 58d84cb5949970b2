/**
 * Finds the forms of the language tables inside normalised text, fast to
 * build and fast to run. Pure.
 *
 * Spaced scripts are matched word by word: the text is split into words
 * once, forms are indexed by their first word (or first two letters when
 * that word may go on, `lösch*`), so a lookup costs a few map reads per
 * word. Unspaced scripts (Japanese, Chinese) are matched as substrings,
 * indexed by first character. One regular expression per form (and there
 * are thousands) took over 100 ms to build in the content script.
 */

/**
 * What continues a word in the spaced scripts of the tables: Latin (with
 * accents and combining marks), Greek, Cyrillic, Hebrew, Arabic and
 * Devanagari (without their own punctuation: ، ؛ ؟ ٪ ۔ ।), Hangul.
 */
const WORD = /[0-9a-z\u00b5\u00c0-\u024f\u0300-\u036f\u0370-\u052f\u0590-\u05ff\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0900-\u0963\u0966-\u097f\u1100-\u11ff\u1e00-\u1eff\u3130-\u318f\uac00-\ud7af]+/g;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((found) => ({ text: found[0], start: found.index, end: found.index + found[0].length }));
}

export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

interface SpacedForm<T> {
  words: string[];
  /** The first word may begin earlier (`*löschung`). */
  openStart: boolean;
  /** The last word may go on (`lösch*`). */
  openEnd: boolean;
  value: T;
}

const PREFIX_KEY_LENGTH = 2;

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, SpacedForm<T>[]>();
  private readonly byFirstLetters = new Map<string, SpacedForm<T>[]>();
  private readonly openStarts: SpacedForm<T>[] = [];
  private readonly byFirstChar = new Map<string, { form: string; value: T }[]>();

  /** `form` is normalised text with `*` at an open end; `unspaced` forms are found anywhere. */
  add(form: string, unspaced: boolean, value: T): void {
    const openStart = form.startsWith('*');
    const openEnd = form.endsWith('*') && form.length > 1;
    const core = form.slice(openStart ? 1 : 0, openEnd ? -1 : undefined).trim();
    if (!core) return;
    if (unspaced) {
      const bucket = this.byFirstChar.get(core[0]!) ?? [];
      bucket.push({ form: core, value });
      this.byFirstChar.set(core[0]!, bucket);
      return;
    }
    const words = wordsOf(core).map((word) => word.text);
    if (words.length === 0) return;
    const entry: SpacedForm<T> = { words, openStart, openEnd, value };
    if (openStart) this.openStarts.push(entry);
    else if (openEnd && words.length === 1) push(this.byFirstLetters, words[0]!.slice(0, PREFIX_KEY_LENGTH), entry);
    else push(this.byFirstWord, words[0]!, entry);
  }

  /** Every occurrence of every form in `text` (normalised), in no particular order. */
  findAll(text: string): Found<T>[] {
    const found: Found<T>[] = [];
    const words = wordsOf(text);
    words.forEach((word, i) => {
      const byLetters = [this.byFirstLetters.get(word.text.slice(0, PREFIX_KEY_LENGTH))];
      // A one-letter form (`열*`) is keyed by that letter alone.
      if (word.text.length > 1) byLetters.push(this.byFirstLetters.get(word.text.slice(0, 1)));
      for (const candidates of [this.byFirstWord.get(word.text), ...byLetters, this.openStarts]) {
        for (const form of candidates ?? []) {
          const end = matchAt(words, i, form);
          if (end >= 0) found.push({ value: form.value, start: word.start, end });
        }
      }
    });
    if (this.byFirstChar.size === 0) return found;
    for (let i = 0; i < text.length; i++) {
      for (const { form, value } of this.byFirstChar.get(text[i]!) ?? []) {
        if (text.startsWith(form, i)) found.push({ value, start: i, end: i + form.length });
      }
    }
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
}

/** Where `form` ends when it starts at `words[i]`, or -1. */
function matchAt<T>(words: readonly Word[], i: number, form: SpacedForm<T>): number {
  const last = form.words.length - 1;
  if (i + last >= words.length) return -1;
  for (let j = 0; j <= last; j++) {
    const word = words[i + j]!.text;
    const wanted = form.words[j]!;
    const ok =
      j === 0 && form.openStart && j === last && form.openEnd
        ? word.includes(wanted)
        : j === 0 && form.openStart
          ? word.endsWith(wanted)
          : j === last && form.openEnd
            ? word.startsWith(wanted)
            : word === wanted;
    if (!ok) return -1;
  }
  return words[i + last]!.end;
}
