// @vitest-environment happy-dom
/**
 * The reader and recogniser over the whole guard corpus (e2e/fixtures/corpus:
 * the console's display languages x destructive actions x markup shapes, harmless
 * look-alikes, language-independent signal cases), written independently of
 * the word tables. Prints both precision figures; every case must be right.
 * The @material/web shape needs Lit in a real browser: the e2e corpus covers it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, type CorpusCase } from '../../../e2e/fixtures/corpus';
import { deepQuery, defineFixtureElements, mountCase, unmountCase } from '../../../e2e/fixtures/corpus/mount';
import { dialogOnPath, dialogsWithin } from './dialog-locator';
import { readDialog, type ReadDialog } from './dialog-reader';
import { composedParent } from './flat-tree';

const inHappyDom = CORPUS.filter((c) => c.shape !== 'md-web');
// The corpus is Google Cloud's dialogs, served at its console's URL in the e2e corpus too: wording that
// differs between consoles (German "Beenden": stop here, terminate on AWS) is read as Google Cloud's.
(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://console.cloud.google.com/compute/instances?project=acme-prod-123');
const tally = { destructive: { caught: 0, of: 0 }, harmless: { leftAlone: 0, of: 0 } };

function pathOf(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) path.push(node);
  return path;
}

function read(c: CorpusCase): { read: ReadDialog; confirmRole: string | undefined; cancelRole: string | undefined } {
  document.body.replaceChildren(document.createElement('main'));
  defineFixtureElements(window as unknown as Window & typeof globalThis);
  const mounted = mountCase(document, c);
  const confirm = deepQuery(document, c.selectors.confirm)!;
  // happy-dom has no assignedSlot: for slotted buttons the path misses the dialog, so fall back to the one mounted.
  const dialog = dialogOnPath(pathOf(confirm)) ?? dialogsWithin(mounted.root)[0] ?? mounted.root;
  const result = readDialog(dialog);
  const roleOf = (selector: string | null) => {
    if (!selector) return undefined;
    const target = deepQuery(document, selector)!;
    const index = result.buttons.findIndex((button) => button === target || pathOf(target).includes(button) || pathOf(button).includes(target));
    return result.verdict.buttonRoles[index];
  };
  const roles = { confirmRole: roleOf(c.selectors.confirm), cancelRole: roleOf(c.selectors.cancel) };
  unmountCase(mounted);
  return { read: result, ...roles };
}

describe.each(inHappyDom.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it(c.destructive ? 'is guarded: the confirm is the action, the ways out are free' : 'is left alone', () => {
    const { read: result, confirmRole, cancelRole } = read(c);
    const verdict = result.verdict;
    const right = verdict.destructive === c.destructive;
    if (c.destructive) {
      tally.destructive.of++;
      if (right) tally.destructive.caught++;
    } else {
      tally.harmless.of++;
      if (right) tally.harmless.leftAlone++;
    }
    expect(verdict.destructive, JSON.stringify({ description: result.description, verdict }, null, 1)).toBe(c.destructive);
    if (c.destructive) {
      expect(confirmRole).toBe('action');
      // Free, or (in a language we cannot read) simply not the action: either way it works.
      if (c.selectors.cancel) expect(cancelRole).not.toBe('action');
    }
  });
});

afterAll(() => {
  const { destructive, harmless } = tally;
  console.log(
    `[corpus] destructive dialogs guarded: ${destructive.caught}/${destructive.of}; harmless dialogs left alone: ${harmless.leftAlone}/${harmless.of} (${CORPUS.length - inHappyDom.length} @material/web cases in the e2e corpus only)`,
  );
});
