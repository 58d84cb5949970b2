/**
 * The guard's prompt as the tests see it. Its shadow root is closed: the page (and Playwright's
 * selectors) reach only the host element, `cluster-guard-prompt`. What the prompt shows is read
 * through the probe extension (e2e/probe-extension); a person's clicks and keys drive it.
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';

export const PROMPT_HOST = 'cluster-guard-prompt';

export interface Colours {
  background: string;
  color: string;
}

/** What a prompt shows, as the probe reads it from its closed shadow root. */
export interface PromptView {
  attached: boolean;
  label: string;
  sentence: string;
  /** The language of the prompt around the sentence. */
  sentenceLang: string | null;
  /** The word to type, as set apart in the label. */
  word: string | null;
  /** The prompt's laid-out direction. */
  dir: string;
  /** How many lines the other-tabs line takes (0: none shown). */
  othersLines: number;
  inputLabel: string;
  status: string;
  statusState: string | null;
  others: string[];
  /** All the text the prompt shows. */
  text: string;
  value: string | null;
  focused: boolean;
  inputRect: { x: number; y: number; width: number; height: number } | null;
  colours: Record<'box' | 'label' | 'sentence' | 'inputLabel' | 'input' | 'status' | 'others', Colours | null>;
}

/**
 * The shown prompt host(s) under `scope` (Playwright's CSS pierces the page's open shadow roots).
 * Hidden ones (a closed dialog a console keeps in its DOM) do not count, as for a person.
 */
export function promptHost(scope: Page | Frame | FrameLocator | Locator): Locator {
  return scope.locator(PROMPT_HOST).filter({ visible: true });
}

/** Asks the probe about one prompt host; in the page's world, so that only strings cross. */
function ask(host: Element, request: string): string {
  let reply = '{"attached":false,"probe":"no answer"}';
  const listener = (event: Event) => {
    reply = String((event as CustomEvent).detail);
  };
  host.addEventListener('cluster-guard-probe-reply', listener);
  host.dispatchEvent(new CustomEvent('cluster-guard-probe', { detail: request, bubbles: true, composed: true }));
  host.removeEventListener('cluster-guard-probe-reply', listener);
  return reply;
}

/** What the one prompt `host` matches shows. */
export async function readPrompt(host: Locator): Promise<PromptView> {
  const reply = JSON.parse(await host.evaluate(ask, '{"op":"read"}')) as PromptView & { error?: string; probe?: string };
  if (reply.error || reply.probe) throw new Error(`probe: ${reply.error ?? reply.probe}`);
  return reply;
}

/** Every prompt in `target`'s document, in document order. */
export async function readPrompts(target: Page | Frame): Promise<PromptView[]> {
  const hosts = await promptHost(target).all();
  return Promise.all(hosts.map((host) => readPrompt(host)));
}

/** Where a frame's viewport sits in the page's (zero for the top frame). */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const parent = frame.parentFrame();
  if (!parent) return { x: 0, y: 0 };
  const element = await frame.frameElement();
  const box = await element.evaluate((iframe: Element) => {
    const rect = iframe.getBoundingClientRect();
    const style = getComputedStyle(iframe);
    return { x: rect.x + iframe.clientLeft + parseFloat(style.paddingLeft), y: rect.y + iframe.clientTop + parseFloat(style.paddingTop) };
  });
  const above = await frameOffset(parent);
  return { x: above.x + box.x, y: above.y + box.y };
}

/** Clicks the prompt's input with the mouse, as a person does (the probe says where it is). */
export async function clickPromptInput(host: Locator): Promise<void> {
  await host.waitFor({ state: 'visible' });
  await host.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const rect = (await readPrompt(host)).inputRect;
  if (!rect || rect.width === 0) throw new Error('the prompt has no input to click');
  const frame = await (await host.elementHandle())!.ownerFrame();
  const offset = frame ? await frameOffset(frame) : { x: 0, y: 0 };
  await host.page().mouse.click(offset.x + rect.x + Math.min(rect.width / 2, 40), offset.y + rect.y + rect.height / 2);
}

/** Types `text` into the prompt key by key after a click into it (nothing cleared). */
export async function typeName(host: Locator, text = 'production'): Promise<void> {
  await clickPromptInput(host);
  await host.page().keyboard.type(text);
}

/** Replaces what the prompt holds with `text`, typed key by key as a person does. */
export async function retypePrompt(host: Locator, text: string): Promise<void> {
  await clickPromptInput(host);
  const keyboard = host.page().keyboard;
  await keyboard.press('ControlOrMeta+a');
  await keyboard.press('Backspace');
  if (text) await keyboard.type(text);
}

/** From the probe's world: sets the prompt input's value by script and announces it (an attacker that reached the input). */
export async function scriptInput(host: Locator, text: string): Promise<PromptView> {
  return JSON.parse(await host.evaluate(ask, JSON.stringify({ op: 'script-input', text }))) as PromptView;
}

/**
 * Puts a copy of the prompt (same markup and style, in an OPEN shadow root) beside it, as
 * `cluster-guard-probe-copy`, for checks that run in the page and cannot enter the closed root (axe).
 */
export async function openCopyOfPrompt(host: Locator): Promise<Locator> {
  await host.evaluate(ask, '{"op":"open-copy"}');
  return host.locator('xpath=following-sibling::cluster-guard-probe-copy[1]');
}

/** How far the prompt `host`'s edges sit in from its dialog card (the nearest ancestor matching `card`), in CSS px. */
export async function promptInset(host: Locator, card: string): Promise<{ left: number; right: number }> {
  return host.evaluate((element, selector) => {
    const box = element.closest(selector);
    if (!box) throw new Error(`no ${selector} around the prompt`);
    const inner = element.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    return { left: Math.round(inner.left - outer.left), right: Math.round(outer.right - inner.right) };
  }, card);
}
