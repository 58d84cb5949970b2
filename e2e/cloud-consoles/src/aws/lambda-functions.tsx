/**
 * Lambda > Functions: "Delete" opens the "type the word to confirm" modal
 * (test ids `confirm-with-friction-modal` and `modal-friction-word`, as
 * several AWS consoles use). The word is the console language's own, shown
 * as the input's placeholder: `delete` in English, 「削除」 in Japanese (as
 * the Japanese console asks for most deletions; a few services keep
 * `delete` there), `löschen` in German. Cloudscape's components and markup;
 * the wording is ours.
 */
import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { FixtureOptions, Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed } from '../record';
import { ModalFooter } from './modal-footer';

const WORDS = {
  en: {
    title: 'Functions - Lambda',
    functions: 'Functions',
    name: 'Function name',
    runtime: 'Runtime',
    delete: 'Delete',
    cancel: 'Cancel',
    close: 'Close modal',
    header: 'Delete function',
    body: (name: string) => `Deleting function ${name} permanently removes its code and configuration. Triggers and roles are not deleted.`,
    word: 'delete',
    label: (word: string) => `To confirm deletion, type "${word}" in the text input field.`,
    create: 'Create function',
  },
  ja: {
    title: '関数 - Lambda',
    functions: '関数',
    name: '関数名',
    runtime: 'ランタイム',
    delete: '削除',
    cancel: 'キャンセル',
    close: 'モーダルを閉じる',
    header: '関数の削除',
    body: (name: string) => `関数 ${name} を削除すると、そのコードと設定は完全に削除されます。トリガーとロールは削除されません。`,
    word: '削除',
    label: (word: string) => `削除を確定するには、テキスト入力フィールドに「${word}」と入力してください。`,
    create: '関数の作成',
  },
  de: {
    title: 'Funktionen - Lambda',
    functions: 'Funktionen',
    name: 'Funktionsname',
    runtime: 'Laufzeit',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    close: 'Modal schließen',
    header: 'Funktion löschen',
    body: (name: string) => `Durch das Löschen der Funktion ${name} werden ihr Code und ihre Konfiguration endgültig entfernt. Auslöser und Rollen werden nicht gelöscht.`,
    word: 'löschen',
    label: (word: string) => `Geben Sie zur Bestätigung des Löschvorgangs „${word}“ in das Texteingabefeld ein.`,
    create: 'Funktion erstellen',
  },
} satisfies Record<Lang, unknown>;

const FUNCTIONS = [
  { name: 'orders-handler', runtime: 'Node.js 22.x' },
  { name: 'thumbnail-resizer', runtime: 'Python 3.13' },
];

export function LambdaFunctions({ options }: { options: FixtureOptions }) {
  const w = WORDS[options.lang];
  const [selected, setSelected] = useState([FUNCTIONS[0]!]);
  const [open, setOpen] = useState(options.dialog === 'delete-function');
  const [typed, setTyped] = useState('');
  const target = selected[0] ?? FUNCTIONS[0]!;

  useEffect(() => {
    document.title = w.title;
  }, [w]);

  const cancel = () => {
    cancelled();
    setOpen(false);
  };
  const remove = () => {
    if (typed !== w.word) return;
    confirmed('lambda-delete-function', 'click');
    setOpen(false);
  };

  return (
    <>
      <Table
        header={
          <Header
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  data-testid="delete-function"
                  onClick={() => {
                    setTyped('');
                    setOpen(true);
                  }}
                >
                  {w.delete}
                </Button>
                <Button variant="primary">{w.create}</Button>
              </SpaceBetween>
            }
          >
            {w.functions}
          </Header>
        }
        items={FUNCTIONS}
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        trackBy="name"
        ariaLabels={{ itemSelectionLabel: (_, item) => item.name, selectionGroupLabel: w.functions }}
        columnDefinitions={[
          { id: 'name', header: w.name, cell: (f) => f.name },
          { id: 'runtime', header: w.runtime, cell: (f) => f.runtime },
        ]}
      />
      <Modal
        data-testid="confirm-with-friction-modal"
        visible={open}
        onDismiss={cancel}
        closeAriaLabel={w.close}
        header={w.header}
        footer={<ModalFooter id="delete-function" cancel={w.cancel} confirm={w.delete} disabled={typed !== w.word} onCancel={cancel} onConfirm={remove} />}
      >
        <SpaceBetween size="m">
          <Alert type="warning">{w.body(target.name)}</Alert>
          <FormField label={w.label(w.word)}>
            <Input data-testid="modal-friction-word" value={typed} placeholder={w.word} onChange={({ detail }) => setTyped(detail.value)} />
          </FormField>
        </SpaceBetween>
      </Modal>
    </>
  );
}
