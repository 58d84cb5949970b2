/**
 * Banner marker: a strip pinned to the top of the viewport in the
 * environment colour, with the label, the environment name and the project ID.
 * Its size is the policy's `banner.size`: `compact` (28px) or `tall` (48px,
 * larger text, and a second line when the environment has typed
 * confirmation); a change of size mounts it again, without a reload.
 *
 * It must not cover console controls, so the page is moved down by the
 * banner's height: `transform` on <body> makes body the containing block of
 * the console's fixed top bar and overlays too, so they move with it, and
 * body's height shrinks by the same amount so nothing falls off the bottom.
 * The banner itself lives outside <body>, in an open shadow root, with
 * `all: initial` so console CSS cannot restyle it.
 */
import { readableTextColor } from '../../core/contrast';
import type { BannerSize } from '../../core/policy/types';
import { pageDirection, pageLanguage, t } from '../../platform/i18n';
import { element, forceStyles } from '../dom';
import { perContext, type Feature } from '../feature';

/** The banner's height for each size of core/policy `banner.size`. */
export const BANNER_HEIGHTS: Readonly<Record<BannerSize, number>> = { compact: 28, tall: 48 };
export const BANNER_TAG = 'cluster-guard-banner';
const ROOT_ATTR = 'data-cluster-guard-banner';

/** Moves the page down by exactly the banner's height. */
const pageCss = (height: number) => `
html[${ROOT_ATTR}] > body {
  transform: translateY(${height}px) !important;
  height: calc(100vh - ${height}px) !important;
  min-height: 0 !important;
}`;

const SHADOW_CSS = `
:host { all: initial; }
.bar {
  box-sizing: border-box; height: 100%; width: 100%;
  display: flex; align-items: center; gap: 12px; padding: 0 12px;
  font: 500 13px/1 Roboto, "Segoe UI", Arial, "Hiragino Sans", Meiryo, sans-serif;
  background: var(--cg-color); color: var(--cg-ink);
  border-bottom: 2px solid var(--cg-ink);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.label { font-weight: 800; letter-spacing: 0.06em; padding: 2px 6px; border: 1.5px solid var(--cg-ink); border-radius: 3px; }
.project { font-family: "Roboto Mono", Consolas, monospace; font-weight: 700; }
/* Names and IDs keep their own direction inside right-to-left captions. */
.label, .environment, .project { unicode-bidi: isolate; }
.line { display: flex; align-items: center; gap: 12px; min-width: 0; }
.bar.tall { font-size: 17px; padding: 0 16px; gap: 4px 16px; }
.bar.tall .label { font-size: 18px; padding: 3px 8px; border-width: 2px; }
.bar.tall.two-lines { flex-direction: column; align-items: flex-start; justify-content: center; gap: 3px; }
.bar.tall.two-lines .label { font-size: 14px; padding: 1px 6px; }
.bar.tall.two-lines .line { font-size: 15px; }
.note { font-size: 12px; font-weight: 700; letter-spacing: 0.02em; opacity: 0.95; }
`;

const hostStyles = (height: number) => ({
  position: 'fixed', top: '0', left: '0', right: '0', height: `${height}px`,
  'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0',
  visibility: 'visible', opacity: '1', transform: 'none', 'pointer-events': 'auto', 'clip-path': 'none',
});

/** What the scope is called before it, and in the banner's accessible name, on each console. */
const CAPTIONS = { gcp: 'bannerProjectCaption', aws: 'bannerAwsCaption', azure: 'bannerAzureCaption', site: 'bannerSiteCaption' } as const;
const ACCESSIBLE_NAMES = { gcp: 'bannerAccessibleName', aws: 'bannerAccessibleNameAws', azure: 'bannerAccessibleNameAzure', site: 'bannerAccessibleNameSite' } as const;

export const bannerMarker: Feature = {
  id: 'banner',
  frames: 'top',
  start: perContext(
    ({ console, project, environment, display }, signal) => {
      const height = BANNER_HEIGHTS[display.size] ?? BANNER_HEIGHTS.compact;
      const tall = display.size === 'tall';
      const ink = readableTextColor(environment.color);
      const host = document.createElement(BANNER_TAG);
      host.setAttribute('data-cluster-guard', 'banner');
      host.setAttribute('data-size', tall ? 'tall' : 'compact');
      forceStyles(host, hostStyles(height));
      const shadow = host.attachShadow({ mode: 'open' });
      const style = element('style', { text: SHADOW_CSS });
      const parts = [
        element('span', { className: 'label', text: environment.label }),
        element('span', { className: 'environment', text: environment.name }),
        element('span', { className: 'project-caption', text: t(CAPTIONS[console]) }),
        element('span', { className: 'project', text: project }),
      ];
      // Tall: larger text, and a second line saying the environment asks for its name before destructive actions.
      const note = tall && environment.typedConfirmation ? element('span', { className: 'note', text: t('bannerTypedConfirmationNote') }) : null;
      const bar = element(
        'div',
        {
          className: ['bar', tall ? 'tall' : 'compact', note ? 'two-lines' : ''].filter(Boolean).join(' '),
          // The captions follow the browser's language, and its direction (Arabic, Hebrew: right to left).
          attrs: { role: 'note', 'aria-label': t(ACCESSIBLE_NAMES[console], [environment.name, project]), lang: pageLanguage() ?? 'en', dir: pageDirection() },
        },
        note ? [element('div', { className: 'line' }, parts), note] : parts,
      );
      bar.style.setProperty('--cg-color', environment.color);
      bar.style.setProperty('--cg-ink', ink);
      shadow.append(style, bar);

      const pageStyle = element('style', { attrs: { 'data-cluster-guard': 'banner' }, text: pageCss(height) });
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
    },
    // Mounted again when the project, the environment or the size changes (not for the header tint).
    ({ console, project, environment, display }) => [console, project, environment, display.size],
  ),
  sweep() {
    for (const node of document.querySelectorAll(`${BANNER_TAG}, style[data-cluster-guard="banner"]`)) node.remove();
    document.documentElement.removeAttribute(ROOT_ATTR);
  },
};
