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
const dialog = url.searchParams.get('dialog') ?? '';
installRecord();
const root = createRoot(document.getElementById('root')!);

if (ui === 'openshift') (await import('./openshift')).render(root, dialog);
else if (ui === 'headlamp') (await import('./headlamp')).render(root, dialog);
else if (ui === 'grafana') (await import('./grafana')).render(root, dialog);
else if (ui === 'kibana') (await import('./kibana')).render(root, dialog);
else if (ui === 'argocd') (await import('./argocd')).render(root, dialog);
else root.render(<p>Not a site UI URL: {url.href}</p>);
