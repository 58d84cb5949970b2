/**
 * The shape of one console display language's wording table. Pure data.
 *
 * One file per language (`en.ts`, `de.ts`, ...), each exporting one
 * `LanguageTable`. Every entry carries `source`: the public page where the
 * console's own wording was seen (Google Cloud docs in that language quote
 * the console's buttons and dialog titles: "Klicken Sie auf Löschen"), or a
 * note on how it was chosen when no page shows it.
 *
 * ## How a form is written
 * A form is lower-case literal text (NFC), matched after the dialog's text is
 * lower-cased and its whitespace collapsed. Spaces inside a form match any
 * run of whitespace. `*` is the only special character:
 *  - `*` at the END: the word may go on (`lösch*` matches `löschen`, `löscht`);
 *  - `*` at the START: the word may begin earlier (`*löschung` matches `clusterlöschung`);
 *  - otherwise a form in a `spaced` language must stand as whole words
 *    (no letter or digit right before or after it); in an `unspaced`
 *    language (Japanese, Chinese) it is found anywhere (there are no spaces
 *    between words), so prefer forms long enough not to occur inside
 *    unrelated words.
 * Korean is written with spaces, but particles and endings attach to the
 * word (`삭제하시겠습니까`), so Korean forms usually end in `*`.
 *
 * ## What each list is for (see ../judge.ts for how they combine)
 *  - `actions`: the words that ASK for a destructive action, as a dialog
 *    title, an accessible name or a button label would say it: imperative,
 *    infinitive, question, verbal noun ("Delete", "Löschen?", "Supprimer le
 *    cluster", "Eliminar", "削除しますか", "deletion"). Not past participles
 *    that only REPORT a result ("Cluster deleted"): those go in `outcomes`.
 *  - `outcomes`: how a dialog's description ANNOUNCES what will happen
 *    ("will be permanently deleted", "wird gelöscht", "sera supprimé",
 *    "削除されます"). Only read from the description, as a second net. Not
 *    reports of what already happened ("Cluster deleted", "削除されました"):
 *    a toast saying so must not count.
 *  - `harmless`: phrases that contain a destructive-looking word but are not
 *    a destructive action; they are blanked out of every text before any
 *    matching, in every language: "deletion protection", "recently deleted",
 *    "undelete", "reset columns", "disable notifications", "release notes",
 *    status reports such as "Cluster deleted" / "削除されました".
 *  - `safeActions`: an action button saying only one of these makes the
 *    dialog harmless even when its title names a destructive verb
 *    ("Recently deleted clusters" + "Restore"): restore, undelete, recover,
 *    undo, enable, create, add.
 *  - `leave`: buttons that only leave the dialog: cancel, close, no, back,
 *    dismiss, keep. Matched against the WHOLE label (a form here is a whole
 *    label, `*` allowed at the end: `close*` for "Close dialog").
 *  - `confirm`: generic confirmations that say nothing of what happens: OK,
 *    yes, confirm, continue, proceed, I understand. Whole label as above.
 *  - `uiNouns`: things on the screen whose reset or disable destroys nothing
 *    (table columns, filters, layout, view, notifications, tips): a title
 *    naming one turns "reset" and "disable" harmless in that dialog
 *    ("¿Quieres restablecer el diseño?" with [Restablecer]).
 *  - `resources`: nouns naming what a dialog acts on, for the resource kind.
 *    Only used when an environment guards some kinds and not others; an
 *    unrecognised kind is always guarded.
 */
import type { ConsoleId } from '../../../consoles/ids';
import type { DestructiveKind } from '../kinds';

/**
 * The destructive action classes. `stop` (stop, suspend a VM) is not
 * destructive: it is guarded only when a policy asks for it.
 */
export const ACTION_CLASSES = [
  'delete',
  'remove',
  'destroy',
  'shut-down',
  'terminate',
  'purge',
  'release',
  'reset',
  'disable',
  'stop',
] as const;

export type ActionClass = (typeof ACTION_CLASSES)[number];

export interface Sourced {
  /** Forms, see the file comment. */
  forms: readonly string[];
  /** Where this wording was seen (URL), or how it was chosen. */
  source: string;
}

export interface ActionWords extends Sourced {
  action: ActionClass;
  /**
   * For a verb with harmless meanings too: it counts only when the dialog's
   * title (or the text itself) also names one of these (forms as above).
   * German "Freigeben" releases an address but also shares a project:
   * `{ action: 'release', forms: ['freigeben'], context: ['adresse', 'ip'] }`.
   */
  context?: readonly string[];
  /**
   * The consoles where this entry holds, when the same word means different
   * things in different consoles: German "Beenden" is Stop in Google Cloud but
   * Terminate in AWS EC2, so `{ action: 'terminate', forms: ['beenden'],
   * consoles: ['aws'] }`. Absent: every console. When the console is not
   * known, every entry applies and the destructive reading wins.
   */
  consoles?: readonly ConsoleId[];
}

export interface ResourceWords extends Sourced {
  kind: DestructiveKind;
}

export interface LanguageTable {
  /** The console's `hl` value, e.g. `de`, `es-419`, `pt-BR`, `zh-CN`. */
  lang: string;
  /** English name, for docs and test titles. */
  name: string;
  /** `spaced`: words are delimited (Latin, Hangul, Hebrew); `unspaced`: Japanese and Chinese. */
  script: 'spaced' | 'unspaced';
  actions: readonly ActionWords[];
  outcomes: readonly ActionWords[];
  harmless: readonly Sourced[];
  safeActions: readonly Sourced[];
  leave: readonly Sourced[];
  confirm: readonly Sourced[];
  uiNouns: readonly Sourced[];
  resources: readonly ResourceWords[];
}
