/**
 * The shape of the guard prompt's words in one console display language. Pure data.
 *
 * Placeholders, in braces, are filled by ../prompt-text/render.ts:
 * `{title}` the dialog's own title, `{environment}` the environment's name,
 * `{scope}` one of `scope` filled with `{id}` (the project, account or
 * subscription as written for people), `{word}` the name to type (shown set
 * apart, as a chip), `{list}` the other tabs' environments.
 */
import type { ConsoleId } from '../../consoles/ids';

export interface PromptWords {
  /** The language tag, as the dialog tables spell it (`pt-BR`, `zh-CN`). */
  lang: string;
  /** How the words were chosen, and which console words they follow. */
  source: string;
  /** What the dialog will do and where: the one sentence. `{title}`, `{environment}`, `{scope}`. */
  acts: string;
  /** The same for a dialog with no title. `{environment}`, `{scope}`. */
  actsUntitled: string;
  /** The scope with its noun. `{id}`. */
  scope: Record<ConsoleId, string>;
  /** Stands for `{id}` while the scope is not known yet. */
  unknown: string;
  /** The input's label and accessible name. `{word}`. */
  type: string;
  /**
   * The confirming word in `type`, as the console's own buttons write it in
   * this language (a `confirm` or `actions` form of that language's dialog
   * table); `verbInText` is its form in `type` when grammar inflects it.
   */
  verb: string;
  verbInText?: string;
  locked: string;
  unlocked: string;
  blocked: string;
  askAgain: string;
  paste: string;
  untyped: string;
  /** The other-tabs line. `{list}`. */
  others: string;
  /** Between two items of `{list}`. */
  comma: string;
}
