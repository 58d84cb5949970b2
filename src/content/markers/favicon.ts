/**
 * Favicon marker: the tab icon becomes a square in the environment colour
 * with the label's first letter. The console's own icon links are parked
 * (rel renamed) while marked and restored on teardown, so the browser cannot
 * pick theirs over ours.
 */
import { faviconDataUrl } from '../../core/favicon';
import { element, watchHead } from '../dom';
import { perContext, type Feature } from '../feature';

const PARKED_ATTR = 'data-cluster-guard-parked-rel';

export const faviconMarker: Feature = {
  id: 'favicon',
  frames: 'top',
  start: perContext(({ environment }, signal) => {
    const ours = element('link', {
      attrs: { rel: 'icon', type: 'image/svg+xml', href: faviconDataUrl(environment.color, environment.label), 'data-cluster-guard': 'favicon' },
    });

    const apply = () => {
      if (signal.aborted) return;
      const head = document.head;
      if (!head) return;
      for (const link of head.querySelectorAll<HTMLLinkElement>('link[rel~="icon" i]')) {
        if (link === ours) continue;
        link.setAttribute(PARKED_ATTR, link.rel);
        link.rel = 'cluster-guard-parked-icon';
      }
      if (ours.parentNode !== head) head.append(ours);
    };

    watchHead(apply, signal);
    signal.addEventListener(
      'abort',
      () => {
        ours.remove();
        restoreParkedIcons();
      },
      { once: true },
    );
  }),
  sweep() {
    for (const link of document.querySelectorAll('link[data-cluster-guard="favicon"]')) link.remove();
    restoreParkedIcons();
  },
};

function restoreParkedIcons(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>(`link[${PARKED_ATTR}]`)) {
    link.rel = link.getAttribute(PARKED_ATTR) ?? 'icon';
    link.removeAttribute(PARKED_ATTR);
  }
}
