// @vitest-environment happy-dom
/** The page-wide look pauses under a mutation storm, and a resumed look that meets the storm again pauses at once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatch } from './page-watch';

const found: Element[] = [];
let additions = 0;
let watch: PageWatch;

function addRows(count: number): void {
  const list = document.createElement('div');
  for (let i = 0; i < count; i++) list.appendChild(document.createElement('div'));
  document.body.append(...list.children);
}

function addDialog(name: string): Element {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.id = name;
  document.body.append(dialog);
  return dialog;
}

/** Lets mutation observers deliver. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  found.length = 0;
  additions = 0;
  watch = new PageWatch(
    (dialogs) => found.push(...dialogs),
    () => additions++,
  );
  watch.start();
});

afterEach(() => {
  watch.stop();
  vi.useRealTimers();
});

describe('PageWatch', () => {
  it('says when anything was added, dialog or not: a page can itself be the confirmation', async () => {
    const form = document.createElement('form');
    form.append(document.createElement('input'));
    document.body.append(form);
    await settle();
    expect(found).toEqual([]);
    expect(additions).toBe(1);
  });

  it('reports a dialog added anywhere while the page is calm', async () => {
    const dialog = addDialog('calm');
    await settle();
    expect(found).toContain(dialog);
  });

  it('reports a toolkit modal that has no dialog role, as its library nests it (argo-ui\'s popup, EUI\'s modal), and not the class alone', async () => {
    const overlay = document.createElement('div');
    overlay.className = 'popup-overlay';
    const popup = overlay.appendChild(document.createElement('div'));
    popup.className = 'popup-container';
    const eui = document.createElement('div');
    eui.className = 'euiModal euiModal--confirmation';
    const lookalike = document.createElement('div');
    lookalike.className = 'popup-container';
    document.body.append(overlay, eui, lookalike);
    await settle();
    expect(found).toEqual([popup, eui]);
  });

  it('reports a native dialog given `open` anywhere in the page', async () => {
    const holder = document.createElement('section');
    const dialog = document.createElement('dialog');
    holder.append(dialog);
    document.body.append(holder);
    await settle();
    found.length = 0;
    dialog.setAttribute('open', '');
    await settle();
    expect(found).toContain(dialog);
  });

  it('pauses during a storm and catches up with one query when it resumes', async () => {
    addRows(600);
    await settle();
    const during = addDialog('during');
    await settle();
    expect(found).not.toContain(during);
    await vi.advanceTimersByTimeAsync(1000);
    expect(found).toContain(during);
  });

  it('pauses again, for longer, when the first delivery after resuming is still a storm', async () => {
    addRows(600);
    await settle();
    await vi.advanceTimersByTimeAsync(1000); // resumed
    addRows(40); // the storm goes on: one batch of 40 rows
    await settle();
    const during = addDialog('still-storming');
    await settle();
    expect(found).not.toContain(during);
    await vi.advanceTimersByTimeAsync(1000);
    expect(found).not.toContain(during); // the second pause is longer than the first
    await vi.advanceTimersByTimeAsync(1000);
    expect(found).toContain(during);
  });

  it('pauses again without looking when the first delivery after resuming holds many records', async () => {
    addRows(600);
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    for (let i = 0; i < 30; i++) document.body.append(document.createElement('span'));
    const hidden = addDialog('in-the-storm');
    await settle();
    expect(found).not.toContain(hidden);
    await vi.advanceTimersByTimeAsync(2000);
    expect(found).toContain(hidden); // the next resume's query catches up
  });

  it('stops looking within a delivery once it holds a storm: a late tab is not worked through thousands of records', async () => {
    addRows(3000);
    const behind = addDialog('behind-the-storm');
    await settle();
    expect(watch.watching).toBe(false);
    expect(found).not.toContain(behind);
    await vi.advanceTimersByTimeAsync(1000);
    expect(found).toContain(behind); // the resume's query catches up
  });

  it('pauses without looking at a delivery of many records, removals included: in Firefox each record read costs', async () => {
    const list = document.createElement('div');
    for (let i = 0; i < 300; i++) list.append(document.createElement('div'));
    document.body.append(list); // one record, one element: calm
    await settle();
    expect(watch.watching).toBe(true);
    for (const row of [...list.children]) row.remove(); // 300 records, nothing added
    const behind = addDialog('behind-the-removals');
    await settle();
    expect(watch.watching).toBe(false);
    expect(found).not.toContain(behind);
    await vi.advanceTimersByTimeAsync(1000);
    expect(found).toContain(behind);
  });

  it('stays on after resuming into a calm page', async () => {
    addRows(600);
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    addRows(3);
    await settle();
    const later = addDialog('calm-again');
    await settle();
    expect(found).toContain(later);
  });
});
