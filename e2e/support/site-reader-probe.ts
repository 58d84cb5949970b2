/**
 * Runs in a fixture page (bundled by site-reader-bundle.ts): the guard's own
 * dialog finding and reading, asked what it would do with a click on the
 * dialog's confirm control. Exposes `window.siteReader.judge(selector)`.
 */
import { dialogOnPath, dialogsWithin } from '../../src/content/guard/dialog-locator';
import { readDialog } from '../../src/content/guard/dialog-reader';
import { roleOnPath } from '../../src/content/guard/gate';
import type { ReaderVerdict } from './site-verdict';

/** The path a click on `control` takes, innermost first: from its deepest first element (the label's <span>). */
function clickPath(control: Element): Element[] {
  let target = control;
  while (target.firstElementChild) target = target.firstElementChild;
  const path: Element[] = [];
  for (let node: Element | null = target; node; node = node.parentElement) path.push(node);
  return path;
}

function judge(selector: string): ReaderVerdict {
  const control = document.querySelector(selector);
  if (!control) return { found: false, watched: false, destructive: false, role: null, typeToConfirm: false, decidedBy: null, title: '' };
  const path = clickPath(control);
  const dialog = dialogOnPath(path);
  if (!dialog) return { found: true, watched: false, destructive: false, role: null, typeToConfirm: false, decidedBy: null, title: '' };
  const read = readDialog(dialog);
  const verdict = read.verdict;
  return {
    found: true,
    // The watcher meets dialogs through dialogsWithin (side panels and confirmation pages by their own routes).
    watched: dialogsWithin(document).includes(dialog),
    destructive: verdict.destructive || verdict.action === 'stop',
    role: roleOnPath(path, read),
    typeToConfirm: read.description.typeToConfirm === true,
    decidedBy: verdict.decidedBy,
    title: read.description.title || read.description.accessibleName,
  };
}

(window as unknown as { siteReader: { judge: typeof judge } }).siteReader = { judge };
