/**
 * Calls back whenever the tab's URL changes without a reload: the console is
 * an Angular single-page app that navigates with history.pushState/replaceState.
 *
 * Content scripts live in an isolated world, so patching `history` here would
 * not see the page's own calls. The Navigation API's `currententrychange`
 * fires for every same-document navigation (push, replace, traverse) in every
 * world, synchronously, before the next frame. `popstate`/`hashchange` cover
 * browsers without it, and a cheap per-frame href comparison is the last net.
 */

interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

export function watchLocation(onChange: (href: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    const href = location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };

  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });

  if (!navigation) {
    const poll = () => {
      if (signal.aborted) return;
      check();
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
}
