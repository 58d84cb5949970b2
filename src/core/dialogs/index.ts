/**
 * Dialog recognition, pure: from a plain description of a dialog (title,
 * accessible name, description, buttons, a few language-independent hints)
 * to a verdict. Wording lives in one table per console language
 * (./languages); how the signals combine is in ./judge.
 */
export { DESTRUCTIVE_KINDS, type DestructiveKind } from './kinds';
export { ACTION_CLASSES, type ActionClass } from './languages/types';
export { judgeDialog, type ButtonDescription, type ButtonRole, type Decision, type DialogDescription, type DialogVerdict } from './judge';
export { findAction, findResourceKind, isLeaveLabel, normaliseText } from './wording';

/** The resource name a dialog quotes ("prod-1", “prod-1”, «prod-1», 「prod-1」, „prod-1“), if any. */
export function quotedResourceName(text: string): string | null {
  const match = /["“„«「『'‘]([^"”“»」』'’]{1,200})["”“»」』'’]/.exec(text);
  return match ? match[1]!.trim() : null;
}
