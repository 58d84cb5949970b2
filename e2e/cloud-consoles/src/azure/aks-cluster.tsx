/**
 * An AKS cluster (Kubernetes service) overview. As with the portal's newer
 * blades, the portal page only holds a frame on a React blade host
 * (`*.reactblade.portal.azure.net`, cross-origin to portal.azure.com) and the
 * blade renders inside it: command bar, "Delete" and the Fluent UI alert
 * dialog asking for the cluster's name. Fluent's components and markup; the
 * wording is ours.
 */
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { DialogButtons } from './dialog-buttons';
import { FX, fixtureParams, type AzureLocation, type FixtureOptions, type Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed } from '../record';

/** Where the portal loads the AKS blade from. */
export const AKS_BLADE_ORIGIN = 'https://containerservice.reactblade.portal.azure.net';
const AKS_BLADE_PATH = '/ReactView/ManagedClusterOverview';

const WORDS = {
  en: {
    kind: 'Kubernetes service',
    connect: 'Connect',
    stop: 'Stop',
    delete: 'Delete',
    cancel: 'Cancel',
    title: 'Delete Kubernetes service',
    body: (name: string) => `Are you sure you want to delete ${name}? Its node pools and the resources in its node resource group are deleted too. This cannot be undone.`,
    confirmLabel: 'Enter the cluster name to confirm deletion',
  },
  ja: {
    kind: 'Kubernetes サービス',
    connect: '接続',
    stop: '停止',
    delete: '削除',
    cancel: 'キャンセル',
    title: 'Kubernetes サービスの削除',
    body: (name: string) => `${name} を削除してもよろしいですか? ノード プールとノード リソース グループ内のリソースも削除されます。この操作は元に戻せません。`,
    confirmLabel: '削除を確認するには、クラスター名を入力してください',
  },
  de: {
    kind: 'Kubernetes-Dienst',
    connect: 'Verbinden',
    stop: 'Beenden',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    title: 'Kubernetes-Dienst löschen',
    body: (name: string) =>
      `Möchten Sie ${name} wirklich löschen? Seine Knotenpools und die Ressourcen in seiner Knotenressourcengruppe werden ebenfalls gelöscht. Dies kann nicht rückgängig gemacht werden.`,
    confirmLabel: 'Geben Sie zum Bestätigen des Löschvorgangs den Clusternamen ein',
  },
} satisfies Record<Lang, unknown>;

/** The portal page: the blade's frame, told the cluster's name and the fixture's parameters. */
export function AksCluster({ where }: { where: AzureLocation }) {
  const name = where.managedCluster ?? 'aks';
  useEffect(() => {
    document.title = `${name} - Microsoft Azure`;
  }, [name]);
  const params = fixtureParams(new URL(location.href));
  params.set(FX.resource, name);
  // The blade's own fragment, when a spec gives it one: the frame must still take this page's subscription.
  const hash = params.get(FX.bladeHash) ?? '';
  return <iframe id="aks-overview-frame" className="fxs-reactview-frame" title={name} src={`${AKS_BLADE_ORIGIN}${AKS_BLADE_PATH}?${params}${hash}`} />;
}

/** Inside the React blade frame. */
export function AksBlade({ options }: { options: FixtureOptions }) {
  const w = WORDS[options.lang];
  const name = options.resource ?? 'aks';
  const [open, setOpen] = useState(options.dialog === 'delete-cluster');
  const [typed, setTyped] = useState('');
  const cancel = () => {
    cancelled();
    setOpen(false);
  };
  const remove = () => {
    if (typed !== name) return;
    confirmed('aks-delete-cluster', 'click');
    setOpen(false);
  };
  return (
    <div className="fxs-blade">
      <h1 className="fxs-blade-title">
        {name} <small>{w.kind}</small>
      </h1>
      <div className="fxs-commandbar" role="toolbar">
        <Button appearance="subtle">{w.connect}</Button>
        <Button appearance="subtle">{w.stop}</Button>
        <Button
          appearance="subtle"
          data-testid="delete-cluster"
          onClick={() => {
            setTyped('');
            setOpen(true);
          }}
        >
          {w.delete}
        </Button>
      </div>
      <Dialog modalType="alert" open={open} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface data-testid="delete-cluster-dialog">
          <DialogBody>
            <DialogTitle>{w.title}</DialogTitle>
            <DialogContent>
              <p>{w.body(name)}</p>
              <Field label={w.confirmLabel} required>
                <Input data-testid="delete-cluster-name" value={typed} onChange={(_, data) => setTyped(data.value)} />
              </Field>
            </DialogContent>
            <DialogButtons id="delete-cluster" confirm={w.delete} cancel={w.cancel} disabled={typed !== name} onConfirm={remove} onCancel={cancel} />
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
