/**
 * The console's friction field, told by its placeholder: AWS shows the word
 * to type as the input's placeholder in every display language, and several
 * consoles keep that word English in localized consoles. A placeholder that
 * is exactly such a word, a destructive verb on its own, or the name of the
 * resource the confirmation names, is a language-independent hint that the
 * surface asks to confirm a destructive action. A hint only: a placeholder
 * alone ("delete" as a search example) never guards (see judge.ts).
 */
import { quotedResourceName } from './index';
import { findAction, normaliseText } from './wording';

/**
 * The words the consoles ask to type, as they write them (design.md "AWS
 * friction words"): RDS "delete me", S3 objects and Empty bucket "permanently
 * delete", DynamoDB, Lambda, NAT gateway, Route 53 "delete"; Azure "Delete
 * resources" asks for "delete" too.
 */
export const FRICTION_WORDS: readonly string[] = ['delete', 'permanently delete', 'delete me', 'terminate', 'destroy', 'remove'];

const FRICTION = new Set(FRICTION_WORDS);

/**
 * Does this placeholder (or a field's label) hold the word or name a person must type to confirm, alone or
 * quoted in a sentence of any language (`Type "Delete" to confirm`, Grafana; `Please type 'payments' to
 * confirm`, Argo CD)? `names`: the resource names the surface shows.
 */
export function isFrictionPlaceholder(placeholder: string | null | undefined, names: readonly (string | null | undefined)[] = []): boolean {
  if (isFrictionText(placeholder, names)) return true;
  const quoted = quotedResourceName(placeholder ?? '');
  return quoted !== null && isFrictionText(quoted, names);
}

function isFrictionText(placeholder: string | null | undefined, names: readonly (string | null | undefined)[]): boolean {
  const text = normaliseText(placeholder ?? '');
  if (text === '' || text.length > 200) return false;
  if (FRICTION.has(text)) return true;
  if (names.some((name) => name && normaliseText(name) === text)) return true;
  // A destructive verb standing alone: 「削除」, "löschen" (the consoles' localized friction words).
  const verb = findAction(text);
  return verb !== null && verb.action !== 'stop' && normaliseText(verb.verb) === text;
}
