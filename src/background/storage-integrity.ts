/**
 * Keeps storage.local the background's and the extension pages' alone.
 * Chrome lets only trusted contexts reach it (storage-access). Firefox lets
 * content scripts read and write it, so every trusted write records a seal
 * (platform/seal, in storage.session, which content scripts cannot reach)
 * and this listener puts back any value that does not match its seal: a
 * content script cannot change a policy source, the published policy or the
 * audit trail for longer than one change event, and the change is reported.
 *
 * Seals live for the browser session: at start the background seals what is
 * stored (it is the first to run), and the background's own writes, the
 * tests' included, are sealed by wrapping its storage.local.
 */
import { SEALED_ITEMS, matchesSeal } from '../platform/storage';
import { extensionApi } from '../platform/extension-api';
import { digestOf, sealKey } from '../platform/seal';
import { storage } from '../platform/storage';

const SESSION_MARK = sealKey('@session');
const sealedKeys = new Set(SEALED_ITEMS.map((item) => item.key));

type LocalArea = { set(items: Record<string, unknown>): Promise<void>; remove(keys: string | string[]): Promise<void>; get(keys?: unknown): Promise<Record<string, unknown>> };

async function seal(values: Record<string, unknown>): Promise<void> {
  const seals: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (sealedKeys.has(key)) seals[sealKey(key)] = await digestOf(value);
  if (Object.keys(seals).length > 0) await extensionApi().storage.session.set(seals);
}

/** Seals what is stored unless this browser session already has seals. */
async function sealStored(): Promise<void> {
  const api = extensionApi().storage;
  if ((await api.session.get(SESSION_MARK))[SESSION_MARK]) return;
  await seal(await api.local.get([...sealedKeys]));
  await api.session.set({ [SESSION_MARK]: Date.now() });
}

const wrapped = new WeakSet<object>();

/** Makes the background's own storage.local writes sealed ones (chrome.* and browser.* are separate objects in Firefox). */
export function sealBackgroundWrites(): void {
  const scope = globalThis as { browser?: { storage?: { local?: LocalArea } }; chrome?: { storage?: { local?: LocalArea } } };
  for (const area of new Set([scope.browser?.storage?.local, scope.chrome?.storage?.local])) {
    if (!area || wrapped.has(area)) continue;
    wrapped.add(area);
    const set = area.set.bind(area);
    const remove = area.remove.bind(area);
    area.set = async (items) => {
      await seal(items);
      return set(items);
    };
    area.remove = async (keys) => {
      const list = typeof keys === 'string' ? [keys] : keys;
      await seal(Object.fromEntries(list.map((key) => [key, undefined])));
      return remove(keys);
    };
  }
}

let ready: Promise<void> = Promise.resolve();

/** Resolves once what was stored at start is sealed. */
export const sealsReady = (): Promise<void> => ready;

/** Call once, synchronously at the top level of the background. */
export function guardStorage(onTamper: (key: string) => void): void {
  sealBackgroundWrites();
  ready = sealStored().catch((error: unknown) => console.error('[Cluster Guard] could not seal storage', error));
  extensionApi().storage.onChanged.addListener((changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (sealedKeys.has(key)) void checkChange(key, change, onTamper);
    }
  });
}

async function checkChange(key: string, change: { newValue?: unknown; oldValue?: unknown }, onTamper: (key: string) => void): Promise<void> {
  await ready;
  const api = extensionApi().storage;
  const seal = (await api.session.get(sealKey(key)))[sealKey(key)];
  if (await matchesSeal(change.newValue, seal)) return;
  // Put back the value the seal records; when the old value is not it either, a sealed write is on its way and will replace it.
  if (!(await matchesSeal(change.oldValue, seal))) return;
  onTamper(key);
  const local = api.local as unknown as LocalArea;
  if (change.oldValue === undefined) await local.remove(key);
  else await local.set({ [key]: change.oldValue });
}

/** Reports a content script's write to storage.local: the console and the options page's storage notice. */
export function reportTamper(key: string): void {
  console.error(`[Cluster Guard] a web page's content script changed ${key} in extension storage; the extension's value was put back`);
  void storage.storageProblem.set({ at: Date.now(), message: `A page changed ${key} in extension storage; it was put back.` }).catch(() => undefined);
}
