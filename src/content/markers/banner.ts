/**
 * Banner marker: a strip pinned to the top of the viewport in the
 * environment colour, with the label, the environment name and the project ID.
 *
 * It must not cover console controls, so the page is moved down by the
 * banner's height: `transform` on <body> makes body the containing block of
 * the console's fixed top bar and overlays too, so they move with it, and
 * body's height shrinks by the same amount so nothing falls off the bottom.
 * The banner itself lives outside <body>, in an open shadow root, with
 * `all: initial` so console CSS cannot restyle it.
 */
import { readableTextColor } from '../../core/contrast';
import { t } from '../../platform/i18n';
import { element, forceStyles } from '../dom';
import { perContext, type Feature } from '../feature';

export const BANNER_HEIGHT_PX = 28;
export const BANNER_TAG = 'cluster-guard-banner';
const ROOT_ATTR = 'data-cluster-guard-banner';

const PAGE_CSS = `
html[${ROOT_ATTR}] > body {
  transform: translateY(${BANNER_HEIGHT_PX}px) !important;
  height: calc(100vh - ${BANNER_HEIGHT_PX}px) !important;
  min-height: 0 !important;
}`;

const SHADOW_CSS = `
:host { all: initial; }
.bar {
  box-sizing: border-box; height: ${BANNER_HEIGHT_PX}px; width: 100%;
  display: flex; align-items: center; gap: 12px; padding: 0 12px;
  font: 500 13px/1 Roboto, "Segoe UI", Arial, "Hiragino Sans", Meiryo, sans-serif;
  background: var(--cg-color); color: var(--cg-ink);
  border-bottom: 2px solid var(--cg-ink);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.label { font-weight: 800; letter-spacing: 0.06em; padding: 2px 6px; border: 1.5px solid var(--cg-ink); border-radius: 3px; }
.project { font-family: "Roboto Mono", Consolas, monospace; font-weight: 700; }
`;

const HOST_STYLES = {
  position: 'fixed', top: '0', left: '0', right: '0', height: `${BANNER_HEIGHT_PX}px`,
  'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0',
  visibility: 'visible', opacity: '1', transform: 'none', 'pointer-events': 'auto', 'clip-path': 'none',
};

export const bannerMarker: Feature = {
  id: 'banner',
  frames: 'top',
  start: perContext(({ project, environment }, signal) => {
    const ink = readableTextColor(environment.color);
    const host = document.createElement(BANNER_TAG);
    host.setAttribute('data-cluster-guard', 'banner');
    forceStyles(host, HOST_STYLES);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = element('style', { text: SHADOW_CSS });
    const bar = element(
      'div',
      { className: 'bar', attrs: { role: 'note', 'aria-label': t('bannerAccessibleName', [environment.name, project]) } },
      [
        element('span', { className: 'label', text: environment.label }),
        element('span', { className: 'environment', text: environment.name }),
        element('span', { className: 'project-caption', text: t('bannerProjectCaption') }),
        element('span', { className: 'project', text: project }),
      ],
    );
    bar.style.setProperty('--cg-color', environment.color);
    bar.style.setProperty('--cg-ink', ink);
    shadow.append(style, bar);

    const pageStyle = element('style', { attrs: { 'data-cluster-guard': 'banner' }, text: PAGE_CSS });
    const root = document.documentElement;

    // <html>'s children are few and rarely change; put ours back if the page drops them.
    const ensureAttached = () => {
      if (signal.aborted) return;
      if (host.parentNode !== root) root.append(host);
      if (pageStyle.parentNode !== root) root.append(pageStyle);
    };
    root.setAttribute(ROOT_ATTR, '');
    ensureAttached();
    const observer = new MutationObserver(ensureAttached);
    observer.observe(root, { childList: true });
    // A page script may restyle or hide the host inline: put our styles back.
    const hostObserver = new MutationObserver(() => {
      if (signal.aborted) return;
      host.removeAttribute('hidden');
      if (host.getAttribute('style') !== styleText) host.setAttribute('style', styleText);
    });
    const styleText = host.getAttribute('style') ?? '';
    hostObserver.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'class'] });

    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        hostObserver.disconnect();
        host.remove();
        pageStyle.remove();
        root.removeAttribute(ROOT_ATTR);
      },
      { once: true },
    );
  }),
  sweep() {
    for (const node of document.querySelectorAll(`${BANNER_TAG}, style[data-cluster-guard="banner"]`)) node.remove();
    document.documentElement.removeAttribute(ROOT_ATTR);
  },
};
