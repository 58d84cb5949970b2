/**
 * JSON values as an XML property list (Apple's plist DTD 1.0): objects are
 * dicts, arrays arrays, whole numbers integers, other numbers reals.
 * null has no plist form: callers drop it first (managed-value).
 */
import { isRecord } from '../is-record';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function plistValue(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (typeof value === 'string') return `${indent}<string>${escape(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`;
  if (Array.isArray(value)) return value.length ? [`${indent}<array>`, ...value.map((item) => plistValue(item, inner)), `${indent}</array>`].join('\n') : `${indent}<array/>`;
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (!entries.length) return `${indent}<dict/>`;
    return [`${indent}<dict>`, ...entries.flatMap(([key, item]) => [`${inner}<key>${escape(key)}</key>`, plistValue(item, inner)]), `${indent}</dict>`].join('\n');
  }
  throw new Error(`a property list cannot hold ${value === null ? 'null' : typeof value}`);
}

export function plistDocument(root: Record<string, unknown>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(root),
    '</plist>',
    '',
  ].join('\n');
}
