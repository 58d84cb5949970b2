/**
 * EKS > Clusters: a Cloudscape table of clusters, "Delete" opening the
 * delete-cluster modal (type the cluster name: the friction input, wrapped
 * in `data-id="friction-input"` as on the real console, its placeholder the
 * name), and "Manage tags", a harmless modal. Cloudscape's own components
 * and markup; the wording is ours.
 */
import { useEffect, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { FixtureOptions, Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed, type Via } from '../record';
import { ModalFooter } from './modal-footer';

interface Cluster {
  name: string;
  version: string;
  deleting: boolean;
}

const WORDS = {
  en: {
    title: 'Clusters | Elastic Kubernetes Service | us-east-1',
    clusters: 'Clusters',
    name: 'Cluster name',
    status: 'Status',
    version: 'Kubernetes version',
    active: 'Active',
    deleting: 'Deleting',
    create: 'Create cluster',
    delete: 'Delete',
    cancel: 'Cancel',
    manageTags: 'Manage tags',
    save: 'Save changes',
    close: 'Close modal',
    deleteHeader: (name: string) => `Delete cluster ${name}`,
    deleteBody: (name: string) =>
      `Are you sure you want to delete cluster ${name}? Deleting the cluster also deletes its control plane. Delete its node groups and Fargate profiles first. This action cannot be undone.`,
    confirmLabel: 'To confirm deletion, enter the name of the cluster in the text input field.',
    tagsHeader: (name: string) => `Manage tags: ${name}`,
    tagKey: 'Key',
    tagValue: 'Value',
  },
  ja: {
    title: 'クラスター | Elastic Kubernetes Service | us-east-1',
    clusters: 'クラスター',
    name: 'クラスター名',
    status: 'ステータス',
    version: 'Kubernetes バージョン',
    active: 'アクティブ',
    deleting: '削除中',
    create: 'クラスターを作成',
    delete: '削除',
    cancel: 'キャンセル',
    manageTags: 'タグを管理',
    save: '変更を保存',
    close: 'モーダルを閉じる',
    deleteHeader: (name: string) => `クラスター ${name} を削除`,
    deleteBody: (name: string) =>
      `クラスター ${name} を削除してもよろしいですか? クラスターを削除すると、コントロールプレーンも削除されます。先にノードグループと Fargate プロファイルを削除してください。この操作は元に戻せません。`,
    confirmLabel: '削除を確定するには、テキスト入力フィールドにクラスター名を入力してください。',
    tagsHeader: (name: string) => `タグを管理: ${name}`,
    tagKey: 'キー',
    tagValue: '値',
  },
  de: {
    title: 'Cluster | Elastic Kubernetes Service | us-east-1',
    clusters: 'Cluster',
    name: 'Clustername',
    status: 'Status',
    version: 'Kubernetes-Version',
    active: 'Aktiv',
    deleting: 'Wird gelöscht',
    create: 'Cluster erstellen',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    manageTags: 'Tags verwalten',
    save: 'Änderungen speichern',
    close: 'Modal schließen',
    deleteHeader: (name: string) => `Cluster ${name} löschen`,
    deleteBody: (name: string) =>
      `Möchten Sie den Cluster ${name} wirklich löschen? Dabei wird auch seine Steuerebene gelöscht. Löschen Sie zuerst seine Knotengruppen und Fargate-Profile. Diese Aktion kann nicht rückgängig gemacht werden.`,
    confirmLabel: 'Geben Sie zur Bestätigung des Löschvorgangs den Namen des Clusters in das Texteingabefeld ein.',
    tagsHeader: (name: string) => `Tags verwalten: ${name}`,
    tagKey: 'Schlüssel',
    tagValue: 'Wert',
  },
} satisfies Record<Lang, unknown>;

const CLUSTERS: Cluster[] = [
  { name: 'payments-eks', version: '1.33', deleting: false },
  { name: 'batch-eks', version: '1.32', deleting: false },
];

type Open = 'delete-cluster' | 'manage-tags' | null;

export function EksClusters({ options }: { options: FixtureOptions }) {
  const w = WORDS[options.lang];
  const [clusters, setClusters] = useState(CLUSTERS);
  const [selected, setSelected] = useState<Cluster[]>([CLUSTERS[0]!]);
  const [open, setOpen] = useState<Open>(options.dialog === 'delete-cluster' || options.dialog === 'manage-tags' ? options.dialog : null);
  const [typed, setTyped] = useState('');
  const [tagValue, setTagValue] = useState('payments');
  const target = selected[0] ?? clusters[0]!;

  useEffect(() => {
    document.title = w.title;
  }, [w]);

  const show = (which: Open) => {
    setTyped('');
    setOpen(which);
  };
  const cancel = () => {
    cancelled();
    setOpen(null);
  };
  const remove = (via: Via) => {
    if (typed !== target.name) return;
    confirmed('eks-delete-cluster', via);
    setClusters((all) => all.map((c) => (c.name === target.name ? { ...c, deleting: true } : c)));
    setOpen(null);
  };
  const saveTags = () => {
    confirmed('eks-manage-tags', 'click');
    setOpen(null);
  };

  return (
    <>
      <Table
        header={
          <Header
            counter={`(${clusters.length})`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button data-testid="manage-tags" onClick={() => show('manage-tags')}>
                  {w.manageTags}
                </Button>
                <Button data-testid="delete-cluster" disabled={selected.length === 0} onClick={() => show('delete-cluster')}>
                  {w.delete}
                </Button>
                <Button variant="primary">{w.create}</Button>
              </SpaceBetween>
            }
          >
            {w.clusters}
          </Header>
        }
        items={clusters}
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        trackBy="name"
        ariaLabels={{ itemSelectionLabel: (_, item) => item.name, selectionGroupLabel: w.clusters }}
        columnDefinitions={[
          { id: 'name', header: w.name, cell: (c) => c.name },
          { id: 'status', header: w.status, cell: (c) => (c.deleting ? w.deleting : w.active) },
          { id: 'version', header: w.version, cell: (c) => c.version },
        ]}
      />
      <Modal
        data-testid="delete-cluster-modal"
        visible={open === 'delete-cluster'}
        onDismiss={cancel}
        closeAriaLabel={w.close}
        header={w.deleteHeader(target.name)}
        footer={<ModalFooter id="delete-cluster" cancel={w.cancel} confirm={w.delete} disabled={typed !== target.name} onCancel={cancel} onConfirm={() => remove('click')} />}
      >
        <SpaceBetween size="m">
          <Box variant="p">{w.deleteBody(target.name)}</Box>
          <FormField label={w.confirmLabel}>
            <Input
              data-id="friction-input"
              value={typed}
              placeholder={target.name}
              ariaLabel={w.confirmLabel}
              onChange={({ detail }) => setTyped(detail.value)}
              onKeyDown={({ detail }) => {
                if (detail.key === 'Enter') remove('enter');
              }}
            />
          </FormField>
        </SpaceBetween>
      </Modal>
      <Modal
        data-testid="manage-tags-modal"
        visible={open === 'manage-tags'}
        onDismiss={cancel}
        closeAriaLabel={w.close}
        header={w.tagsHeader(target.name)}
        footer={<ModalFooter id="manage-tags" cancel={w.cancel} confirm={w.save} onCancel={cancel} onConfirm={saveTags} />}
      >
        <SpaceBetween direction="horizontal" size="m">
          <FormField label={w.tagKey}>
            <Input value="team" readOnly onChange={() => undefined} />
          </FormField>
          <FormField label={w.tagValue}>
            <Input value={tagValue} onChange={({ detail }) => setTagValue(detail.value)} />
          </FormField>
        </SpaceBetween>
      </Modal>
    </>
  );
}
