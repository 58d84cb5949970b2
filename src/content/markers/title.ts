/**
 * Title marker: `[PROD] ` in front of the tab title, kept there when the
 * console rewrites document.title (it does on every navigation). The tab
 * strip shows titles, so this is what tells two console tabs apart.
 */
import { watchHead } from '../dom';
import { perContext, type Feature } from '../feature';

const PREFIX_ATTR = 'data-cluster-guard-title-prefix';

export const titleMarker: Feature = {
  id: 'title',
  frames: 'top',
  start: perContext(({ environment }, signal) => {
    const prefix = `[${environment.label}] `;
    let watchedTitle: HTMLTitleElement | null = null;
    const titleObserver = new MutationObserver(() => apply());

    const apply = () => {
      if (signal.aborted) return;
      const titleElement = document.querySelector('head > title');
      if (titleElement !== watchedTitle) {
        titleObserver.disconnect();
        document.documentElement.removeAttribute(PREFIX_ATTR);
        watchedTitle = titleElement as HTMLTitleElement | null;
        if (watchedTitle) titleObserver.observe(watchedTitle, { childList: true, characterData: true, subtree: true });
      }
      // Only once the page has a title of its own: setting it earlier would create one for the console.
      if (watchedTitle && !document.title.startsWith(prefix)) document.title = prefix + document.title;
    };

    document.documentElement.setAttribute(PREFIX_ATTR, prefix); // lets a successor strip it if we die
    watchHead(apply, signal);
    signal.addEventListener(
      'abort',
      () => {
        titleObserver.disconnect();
        document.documentElement.removeAttribute(PREFIX_ATTR);
        if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
      },
      { once: true },
    );
  }),
  sweep() {
    const root = document.documentElement;
    const oldPrefix = root.getAttribute(PREFIX_ATTR);
    if (oldPrefix && document.title.startsWith(oldPrefix)) document.title = document.title.slice(oldPrefix.length);
    root.removeAttribute(PREFIX_ATTR);
  },
};
