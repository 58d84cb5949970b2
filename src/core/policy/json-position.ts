/**
 * Where each value of a JSON text sits, keyed by the path parsePolicyText
 * names it with (`rules[1].match`, `environments[0]["odd key"]`), so that CI
 * annotations can point at the line of the problem. Pure; a small scanner,
 * not a validator: on invalid JSON it returns what it read before the fault.
 */
import { formatPath } from './parse';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 units. */
  column: number;
}

/** The member's key (for objects' members) and the start of its value. */
export interface PathPosition {
  key?: TextPosition;
  value: TextPosition;
}

export function jsonPositions(text: string): Map<string, PathPosition> {
  const found = new Map<string, PathPosition>();
  // A byte order mark is no column in the editor.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [start];
  for (let i = start; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const position = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  let i = start;
  const skipSpace = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  /** The raw string token at i, decoded; i moves past it. */
  const readString = (): string => {
    const from = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(from, i)) as string;
    } catch {
      throw new Stop();
    }
  };

  const readValue = (keys: (string | number)[], key?: TextPosition): void => {
    skipSpace();
    if (i >= text.length) throw new Stop();
    found.set(formatPath(keys), key ? { key, value: position(i) } : { value: position(i) });
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') throw new Stop();
        const keyAt = position(i);
        const name = readString();
        skipSpace();
        if (text[i++] !== ':') throw new Stop();
        readValue([...keys, name], keyAt);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else throw new Stop();
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        readValue([...keys, index]);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else throw new Stop();
      }
    }
    if (char === '"') return void readString();
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length && !',]} \t\r\n'.includes(text[i]!)) i++;
  };

  try {
    readValue([]);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return found;
}

/** The text stops being JSON here. */
class Stop extends Error {}
