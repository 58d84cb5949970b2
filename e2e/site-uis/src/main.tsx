/**
 * The self-hosted cluster UI fixture: reads from its own URL which UI it is
 * (host) and which dialog to open (`?dialog=`), and loads only that UI's
 * library. The cases are listed in scripts/lib/site-ui-cases.ts.
 */
import { createRoot } from 'react-dom/client';
import { siteUiOf } from '../../../scripts/lib/site-ui-cases';
import { installRecord } from './record';

const url = new URL(location.href);
const ui = siteUiOf(url);
installRecord();
const root = createRoot(document.getElementById('root')!);

const pages = {
  openshift: () => import('./openshift'),
  headlamp: () => import('./headlamp'),
  grafana: () => import('./grafana'),
  kibana: () => import('./kibana'),
  argocd: () => import('./argocd'),
};

if (ui) {
  const { render } = await pages[ui]();
  const show = () => render(root, new URL(location.href).searchParams.get('dialog') ?? '');
  show();
  // Like the real single-page apps, the page follows client-side navigation (pushState, then popstate) without reloading.
  addEventListener('popstate', show);
} else {
  root.render(<p>Not a site UI URL: {url.href}</p>);
}
