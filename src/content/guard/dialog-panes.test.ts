// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { actsInPane, paneBelongsTo } from './dialog-panes';

function pathOf(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return path;
}

function build(trigger: Record<string, string>) {
  document.body.replaceChildren();
  const surface = document.createElement('div');
  surface.className = 'cdk-overlay-pane';
  const button = document.createElement('button');
  for (const [name, value] of Object.entries(trigger)) button.setAttribute(name, value);
  surface.append(button);
  const pane = document.createElement('div');
  pane.className = 'cdk-overlay-pane';
  const menu = document.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.id = 'menu-1';
  const item = document.createElement('button');
  item.setAttribute('role', 'menuitem');
  const filler = document.createElement('span');
  item.append(filler);
  menu.append(item);
  pane.append(menu);
  document.body.append(surface, pane);
  return { surface, item, filler, menu };
}

describe('dialog panes', () => {
  it('a menu the dialog names with aria-controls belongs to it', () => {
    const { surface, filler } = build({ 'aria-controls': 'menu-1' });
    expect(paneBelongsTo(pathOf(filler), surface)).toBe(true);
  });

  it('a popup pane while a trigger in the dialog is expanded belongs to it', () => {
    const { surface, filler } = build({ 'aria-haspopup': 'menu', 'aria-expanded': 'true' });
    expect(paneBelongsTo(pathOf(filler), surface)).toBe(true);
  });

  it('a pane no trigger in the dialog opened is not the dialog one', () => {
    const { surface, filler } = build({ 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
    expect(paneBelongsTo(pathOf(filler), surface)).toBe(false);
  });

  it('items act, the menu around them does not', () => {
    const { filler, menu } = build({});
    expect(actsInPane(pathOf(filler))).toBe(true);
    expect(actsInPane(pathOf(menu))).toBe(false);
  });
});
