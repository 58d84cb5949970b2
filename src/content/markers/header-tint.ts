/**
 * Header tint marker, opt-in (the policy's `banner.tintConsoleHeader`): the
 * console's own top bar gets a wash and a bottom edge in the environment
 * colour, a second cue next to the banner. Best effort, and nothing else
 * depends on it: when no top bar is found, nothing changes.
 *
 * The console's header classes have churned many times (design notes: five
 * names in six years), so the top bar is found by what it is, not by a class:
 *  1. a `<header>` or `[role="banner"]` element, or its nearest ancestor,
 *     that is a top bar: starts at the top of the page, at least 80% of the
 *     viewport wide, 20 to 160px tall;
 *  2. failing that, whatever is painted just below the top of the page, or
 *     its nearest ancestor, that is such a top bar and is `position: fixed`
 *     or `sticky` (so a page's first heading is never taken for it).
 * The bar found is marked with an attribute, and one `<style>` of ours
 * paints what carries it in the environment's own colour, with readable
 * text and a darker bottom edge (core/header-tint: a translucent wash would
 * blend with the console's own colour). Only colours change, never layout;
 * form fields inside the bar keep their own colours. Teardown and sweep
 * remove both.
 *
 * The console renders its bar after document_start and may replace it, so
 * the search is retried with backoff and the mark checked every few
 * seconds: a few element lookups and one hit test, never a DOM-wide observer.
 */
import { headerTint } from '../../core/header-tint';
import { element } from '../dom';
import { perContext, type Feature } from '../feature';

const MARK_ATTR = 'data-cluster-guard-header-tint';
const STYLE_SELECTOR = 'style[data-cluster-guard="header-tint"]';
/** Retry delays while no bar is found, then the check interval, ms. */
const RETRY_MS = [0, 250, 500, 1000, 2000];
const CHECK_MS = 3000;

const MIN_WIDTH_SHARE = 0.8;
const MIN_HEIGHT_PX = 20;
const MAX_HEIGHT_PX = 160;

/** `color` is a checked `#rrggbb` (core/policy), and headerTint gives back only `#rrggbb`: safe in CSS. */
function tintCss(color: string): string {
  const tint = headerTint(color);
  return `
[${MARK_ATTR}] {
  background: ${tint.background} !important;
  color: ${tint.text} !important;
  box-shadow: inset 0 -4px 0 0 ${tint.edge} !important;
}
[${MARK_ATTR}] :not(input, textarea, select, [contenteditable], [contenteditable] *) {
  color: inherit !important;
}`;
}

const isOurs = (node: Element) => node.closest('[data-cluster-guard]') !== null || node.tagName.startsWith('CLUSTER-GUARD');

/** Where the page begins in the viewport: below the banner, which moves <body> down. */
function pageTop(): number {
  return document.body ? Math.max(0, document.body.getBoundingClientRect().top) : 0;
}

function isTopBar(node: Element, top: number): boolean {
  const rect = node.getBoundingClientRect();
  return (
    rect.top <= top + 2 &&
    rect.top >= top - 2 &&
    rect.width >= innerWidth * MIN_WIDTH_SHARE &&
    rect.height >= MIN_HEIGHT_PX &&
    rect.height <= MAX_HEIGHT_PX
  );
}

const isPinned = (node: Element) => ['fixed', 'sticky'].includes(getComputedStyle(node).position);

/** `node` or its nearest ancestor below <body> that is a top bar (and pinned, when asked). */
function barAround(node: Element, top: number, pinned: boolean): HTMLElement | null {
  for (let current: Element | null = node; current && current !== document.body && current !== document.documentElement; current = current.parentElement) {
    if (current instanceof HTMLElement && !isOurs(current) && isTopBar(current, top) && (!pinned || isPinned(current))) return current;
  }
  return null;
}

/** The console's top bar, by the guesses above; null when there is none. */
export function findConsoleHeader(): HTMLElement | null {
  if (!document.body) return null;
  const top = pageTop();
  for (const candidate of document.body.querySelectorAll('header, [role="banner"]')) {
    const bar = barAround(candidate, top, false);
    if (bar) return bar;
  }
  const y = top + 4;
  if (y >= innerHeight) return null;
  for (const hit of document.elementsFromPoint(innerWidth / 2, y)) {
    if (hit === document.body || hit === document.documentElement || isOurs(hit)) continue;
    const bar = barAround(hit, top, true);
    if (bar) return bar;
  }
  return null;
}

function unmarkAll(): void {
  for (const node of document.querySelectorAll(`[${MARK_ATTR}]`)) node.removeAttribute(MARK_ATTR);
}

export const headerTintMarker: Feature = {
  id: 'header-tint',
  frames: 'top',
  start: perContext(
    ({ environment, display }, signal) => {
      if (!display.tintConsoleHeader) return;
      const style = element('style', { attrs: { 'data-cluster-guard': 'header-tint' }, text: tintCss(environment.color) });
      let marked: HTMLElement | null = null;
      let attempt = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const check = () => {
        if (signal.aborted) return;
        if (!marked || !marked.isConnected || !marked.hasAttribute(MARK_ATTR)) {
          marked?.removeAttribute(MARK_ATTR);
          marked = findConsoleHeader();
          marked?.setAttribute(MARK_ATTR, '');
        }
        if (marked && style.parentNode !== document.documentElement) document.documentElement.append(style);
        timer = setTimeout(check, marked ? CHECK_MS : (RETRY_MS[++attempt] ?? CHECK_MS));
      };
      const begin = () => check();
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal });
      else begin();

      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          style.remove();
          marked?.removeAttribute(MARK_ATTR);
        },
        { once: true },
      );
    },
    // Mounted again when the colour or the switch changes.
    ({ environment, display }) => [environment.color, display.tintConsoleHeader],
  ),
  sweep() {
    for (const node of document.querySelectorAll(STYLE_SELECTOR)) node.remove();
    unmarkAll();
  },
};
