/**
 * A resource group's overview blade: "Delete resource group" opens a Fluent
 * UI alert dialog asking for the group's name before Delete works; "Add
 * tag" is a harmless Fluent dialog. Fluent's components and markup; the
 * wording is ours, modelled on the portal's.
 */
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { ConfirmationShapes } from './confirmation-shapes';
import { DialogButtons } from './dialog-buttons';
import type { AzureLocation, FixtureOptions, Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed } from '../record';

const WORDS = {
  en: {
    kind: 'Resource group',
    groups: 'Resource groups',
    create: 'Create',
    deleteGroup: 'Delete resource group',
    refresh: 'Refresh',
    subscriptionId: 'Subscription ID',
    location: 'Location',
    tags: 'Tags',
    addTag: 'Add tag',
    deleteTitle: 'Delete resource group',
    warning: 'The following resource group and all its dependent resources will be permanently deleted.',
    confirmLabel: 'Enter resource group name to confirm deletion',
    delete: 'Delete',
    cancel: 'Cancel',
    tagName: 'Name',
    tagValue: 'Value',
    save: 'Save',
  },
  ja: {
    kind: 'リソース グループ',
    groups: 'リソース グループ',
    create: '作成',
    deleteGroup: 'リソース グループの削除',
    refresh: '最新の情報に更新',
    subscriptionId: 'サブスクリプション ID',
    location: '場所',
    tags: 'タグ',
    addTag: 'タグの追加',
    deleteTitle: 'リソース グループの削除',
    warning: '次のリソース グループとそのすべての依存リソースは完全に削除されます。',
    confirmLabel: '削除を確認するには、リソース グループ名を入力してください',
    delete: '削除',
    cancel: 'キャンセル',
    tagName: '名前',
    tagValue: '値',
    save: '保存',
  },
  de: {
    kind: 'Ressourcengruppe',
    groups: 'Ressourcengruppen',
    create: 'Erstellen',
    deleteGroup: 'Ressourcengruppe löschen',
    refresh: 'Aktualisieren',
    subscriptionId: 'Abonnement-ID',
    location: 'Standort',
    tags: 'Tags',
    addTag: 'Tag hinzufügen',
    deleteTitle: 'Ressourcengruppe löschen',
    warning: 'Die folgende Ressourcengruppe und alle davon abhängigen Ressourcen werden endgültig gelöscht.',
    confirmLabel: 'Geben Sie zum Bestätigen des Löschvorgangs den Namen der Ressourcengruppe ein',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    tagName: 'Name',
    tagValue: 'Wert',
    save: 'Speichern',
  },
} satisfies Record<Lang, unknown>;

type Open = 'delete-resource-group' | 'add-tag' | null;

export function ResourceGroup({ options, where }: { options: FixtureOptions; where: AzureLocation }) {
  const w = WORDS[options.lang];
  const group = where.resourceGroup ?? 'rg';
  const [open, setOpen] = useState<Open>(options.dialog === 'delete-resource-group' || options.dialog === 'add-tag' ? options.dialog : null);
  const [typed, setTyped] = useState('');
  const [tag, setTag] = useState({ name: 'owner', value: 'payments-team' });

  useEffect(() => {
    document.title = `${group} - Microsoft Azure`;
  }, [group]);

  const show = (which: Open) => {
    setTyped('');
    setOpen(which);
  };
  const cancel = () => {
    cancelled();
    setOpen(null);
  };
  const remove = () => {
    if (typed !== group) return;
    confirmed('azure-delete-resource-group', 'click');
    setOpen(null);
  };
  const saveTag = () => {
    confirmed('azure-add-tag', 'click');
    setOpen(null);
  };

  return (
    <>
      <h1 className="fxs-blade-title">
        {group} <small>{w.kind}</small>
      </h1>
      <div className="fxs-commandbar" role="toolbar">
        <Button appearance="subtle">{w.create}</Button>
        <Button appearance="subtle" data-testid="delete-resource-group" onClick={() => show('delete-resource-group')}>
          {w.deleteGroup}
        </Button>
        <Button appearance="subtle">{w.refresh}</Button>
      </div>
      <ConfirmationShapes group={group} lang={options.lang} />
      <dl className="fxs-essentials">
        <dt>{w.subscriptionId}</dt>
        <dd>{where.subscription}</dd>
        <dt>{w.location}</dt>
        <dd>West Europe</dd>
        <dt>{w.tags}</dt>
        <dd>
          <Button appearance="transparent" data-testid="add-tag" onClick={() => show('add-tag')}>
            {w.addTag}
          </Button>
        </dd>
      </dl>
      <Dialog modalType="alert" open={open === 'delete-resource-group'} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface data-testid="delete-resource-group-dialog">
          <DialogBody>
            <DialogTitle>{w.deleteTitle}</DialogTitle>
            <DialogContent>
              <p>{w.warning}</p>
              <p>
                <strong>{group}</strong>
              </p>
              <Field label={w.confirmLabel} required>
                <Input data-testid="delete-resource-group-name" value={typed} onChange={(_, data) => setTyped(data.value)} />
              </Field>
            </DialogContent>
            <DialogButtons id="delete-resource-group" confirm={w.delete} cancel={w.cancel} disabled={typed !== group} onConfirm={remove} onCancel={cancel} />
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog modalType="modal" open={open === 'add-tag'} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface data-testid="add-tag-dialog">
          <DialogBody>
            <DialogTitle>{w.addTag}</DialogTitle>
            <DialogContent>
              <Field label={w.tagName}>
                <Input value={tag.name} onChange={(_, data) => setTag({ ...tag, name: data.value })} />
              </Field>
              <Field label={w.tagValue}>
                <Input value={tag.value} onChange={(_, data) => setTag({ ...tag, value: data.value })} />
              </Field>
            </DialogContent>
            <DialogButtons id="add-tag" confirm={w.save} cancel={w.cancel} onConfirm={saveTag} onCancel={cancel} />
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
