import { test, expect } from './support/test';

// `chrome.*` returns promises in MV3 in both browsers (Firefox also has `browser`).
const KEY = 'e2eBackgroundEvalProbe';

test('evaluates in the extension background: storage round trip and badge', async ({ session }) => {
  const probe = { browser: session.kind, nonce: Math.random().toString(36).slice(2), nested: [1, 'two', { three: true }] };

  await session.evaluateInBackground(`chrome.storage.local.set({ ${KEY}: ${JSON.stringify(probe)} })`);
  const stored = await session.evaluateInBackground<Record<string, unknown>>(`chrome.storage.local.get('${KEY}')`);
  expect(stored).toEqual({ [KEY]: probe });

  const badge = await session.evaluateInBackground<unknown>('chrome.action.getBadgeText({})');
  expect(typeof badge).toBe('string');

  // Sync values, undefined, and errors come back as well.
  expect(await session.evaluateInBackground<number>('6 * 7')).toBe(42);
  expect(await session.evaluateInBackground<unknown>('undefined')).toBeUndefined();
  await expect(session.evaluateInBackground('Promise.reject(new Error("expected failure"))')).rejects.toThrow(/expected failure/);

  await session.evaluateInBackground(`chrome.storage.local.remove('${KEY}')`);
  expect(await session.evaluateInBackground(`chrome.storage.local.get('${KEY}')`)).toEqual({});
});

test('a keyboard shortcut opens the popup: Alt+Shift+G is registered for the toolbar action', async ({ session }) => {
  const commands = await session.evaluateInBackground<{ name: string; shortcut: string }[]>('chrome.commands.getAll()');
  expect(commands.find((command) => command.name === '_execute_action')).toMatchObject({ shortcut: 'Alt+Shift+G' });
});
