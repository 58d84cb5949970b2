/**
 * The cloud-console fixture: reads from its own URL which console it is
 * (host) and which page (path or fragment, see scripts/lib/cloud-fixture-url.ts), and loads
 * only that console's code and styles.
 */
import { createRoot } from 'react-dom/client';
import { consoleKind, readFixtureOptions } from '../../../scripts/lib/cloud-fixture-url';
import { installRecord } from './record';

const url = new URL(location.href);
const options = readFixtureOptions(url);
const kind = consoleKind(url);
installRecord();
document.documentElement.lang = options.lang;
const root = createRoot(document.getElementById('root')!);

if (kind === 'aws') (await import('./aws/app')).renderAws(root, options);
else if (kind === 'azure' || kind === 'azure-blade') (await import('./azure/app')).renderAzure(root, options, kind === 'azure-blade');
else root.render(<p>Not a cloud console URL: {url.href}</p>);
