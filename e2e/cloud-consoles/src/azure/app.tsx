/**
 * The Azure portal: Fluent UI's provider, then the blade the fragment names
 * (followed on hashchange, as the portal navigates without reloading), or
 * the AKS blade when this is a React blade frame.
 */
import { useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { azureLocation, type FixtureOptions } from '../../../../scripts/lib/cloud-fixture-url';
import { AksBlade, AksCluster } from './aks-cluster';
import { Portal } from './portal';
import { ResourceGroup } from './resource-group';

/** The portal's favicon (the blue "A"), so the extension has a console icon to replace. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Cpath fill='%230078d4' d='M12 3h8L9 29H2zM21 10l9 19H13l9-4-5-9z'/%3E%3C/svg%3E";

function PortalApp({ options }: { options: FixtureOptions }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const where = azureLocation(hash);
  if (where.managedCluster) {
    return (
      <Portal lang={options.lang} tenant={where.tenant} crumbs={[where.resourceGroup ?? '', where.managedCluster]}>
        <AksCluster where={where} />
      </Portal>
    );
  }
  return (
    <Portal lang={options.lang} tenant={where.tenant} crumbs={where.resourceGroup ? [where.resourceGroup] : []}>
      {where.resourceGroup ? <ResourceGroup key={hash} options={options} where={where} /> : <p>Microsoft Azure</p>}
    </Portal>
  );
}

export function renderAzure(root: Root, options: FixtureOptions, blade: boolean): void {
  if (!blade) {
    const icon = document.createElement('link');
    icon.rel = 'icon';
    icon.href = FAVICON;
    document.head.append(icon);
  }
  root.render(<FluentProvider theme={webLightTheme}>{blade ? <AksBlade options={options} /> : <PortalApp options={options} />}</FluentProvider>);
}
