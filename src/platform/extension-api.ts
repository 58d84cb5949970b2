/**
 * The running browser's extension API, looked up when used, never when a
 * module loads: modules built on it load anywhere (Node, for unit tests and
 * for tools that only need their key names). Firefox's `browser`, else
 * Chrome's `chrome`; under MV3 their storage, runtime messaging and i18n
 * functions return promises in both, which is all this extension asks of them
 * outside the background (where webextension-polyfill also serves promise
 * replies from message listeners).
 */
import type Browser from 'webextension-polyfill';

export type ExtensionApi = Browser.Browser;

export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime) throw new Error('the browser extension API is not available here');
  return api;
}
