/**
 * EC2 > Instances: as on the real console, the top page is only the
 * console's navigation around a same-origin frame,
 * `<iframe id="instance-lx-react-frame">`, where the service's own UI
 * renders: the instances table, "Instance state" > "Terminate (delete)
 * instance" and its confirmation modal (no friction input). Cloudscape's
 * components and markup; the wording is ours.
 */
import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { fixtureParams, type FixtureOptions, type Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed } from '../record';
import { Ec2InstanceSettings } from './ec2-instance-settings';
import { ModalFooter } from './modal-footer';

export const EC2_FRAME_PATH = '/ec2/home/frame';

const WORDS = {
  en: {
    title: 'Instances | EC2 | us-east-1',
    instances: 'Instances',
    name: 'Name',
    id: 'Instance ID',
    state: 'Instance state',
    running: 'Running',
    shuttingDown: 'Shutting-down',
    stop: 'Stop instance',
    start: 'Start instance',
    reboot: 'Reboot instance',
    terminate: 'Terminate (delete) instance',
    header: 'Terminate (delete) instance?',
    warning:
      'On an EBS-backed instance, the root EBS volume is deleted by default when the instance is terminated. Storage on any local drives will be lost.',
    confirmText: 'Are you sure you want to terminate (delete) these instances?',
    confirm: 'Terminate (delete)',
    cancel: 'Cancel',
    close: 'Close modal',
    launch: 'Launch instances',
  },
  ja: {
    title: 'インスタンス | EC2 | us-east-1',
    instances: 'インスタンス',
    name: '名前',
    id: 'インスタンス ID',
    state: 'インスタンスの状態',
    running: '実行中',
    shuttingDown: 'シャットダウン中',
    stop: 'インスタンスを停止',
    start: 'インスタンスを開始',
    reboot: 'インスタンスを再起動',
    terminate: 'インスタンスを終了 (削除)',
    header: 'インスタンスを終了 (削除) しますか?',
    warning: 'EBS-backed インスタンスでは、インスタンスを終了するとルート EBS ボリュームがデフォルトで削除されます。ローカルドライブのストレージは失われます。',
    confirmText: 'これらのインスタンスを終了 (削除) してもよろしいですか?',
    confirm: '終了 (削除)',
    cancel: 'キャンセル',
    close: 'モーダルを閉じる',
    launch: 'インスタンスを起動',
  },
  de: {
    title: 'Instances | EC2 | us-east-1',
    instances: 'Instances',
    name: 'Name',
    id: 'Instance-ID',
    state: 'Instance-Status',
    running: 'Wird ausgeführt',
    shuttingDown: 'Wird heruntergefahren',
    stop: 'Instance stoppen',
    start: 'Instance starten',
    reboot: 'Instance neu starten',
    terminate: 'Instance beenden (löschen)',
    header: 'Instance beenden (löschen)?',
    warning:
      'Bei einer EBS-gestützten Instance wird das Root-EBS-Volume beim Beenden standardmäßig gelöscht. Daten auf lokalen Laufwerken gehen verloren.',
    confirmText: 'Möchten Sie diese Instances wirklich beenden (löschen)?',
    confirm: 'Beenden (löschen)',
    cancel: 'Abbrechen',
    close: 'Modal schließen',
    launch: 'Instances starten',
  },
} satisfies Record<Lang, unknown>;

const INSTANCE = { name: 'web-1', id: 'i-0abc12345def67890' };

/** The top page: navigation (from AwsShell) and the frame. */
export function Ec2Instances({ options }: { options: FixtureOptions }) {
  useEffect(() => {
    document.title = WORDS[options.lang].title;
  }, [options]);
  const src = `${EC2_FRAME_PATH}?${fixtureParams(new URL(location.href))}`;
  return <iframe id="instance-lx-react-frame" className="awsc-frame" title="EC2" src={src} />;
}

/** Inside the frame: the instances table and the terminate modal. */
export function Ec2InstancesFrame({ options }: { options: FixtureOptions }) {
  const w = WORDS[options.lang];
  const [open, setOpen] = useState(options.dialog === 'terminate-instance');
  const [terminated, setTerminated] = useState(false);
  const cancel = () => {
    cancelled();
    setOpen(false);
  };
  const terminate = () => {
    confirmed('ec2-terminate-instance', 'click');
    setTerminated(true);
    setOpen(false);
  };
  return (
    <Box padding="l">
      <Table
        header={
          <Header
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <ButtonDropdown
                  data-testid="instance-state"
                  items={[
                    { id: 'stop', text: w.stop },
                    { id: 'start', text: w.start, disabled: true },
                    { id: 'reboot', text: w.reboot },
                    { id: 'terminate', text: w.terminate },
                  ]}
                  onItemClick={({ detail }) => {
                    if (detail.id === 'terminate') setOpen(true);
                  }}
                >
                  {w.state}
                </ButtonDropdown>
                <Button variant="primary">{w.launch}</Button>
              </SpaceBetween>
            }
          >
            {w.instances}
          </Header>
        }
        items={[INSTANCE]}
        selectionType="multi"
        selectedItems={[INSTANCE]}
        trackBy="id"
        ariaLabels={{ itemSelectionLabel: (_, item) => item.id, selectionGroupLabel: w.instances, allItemsSelectionLabel: () => w.instances }}
        columnDefinitions={[
          { id: 'name', header: w.name, cell: (i) => i.name },
          { id: 'id', header: w.id, cell: (i) => i.id },
          { id: 'state', header: w.state, cell: () => (terminated ? w.shuttingDown : w.running) },
        ]}
      />
      <Ec2InstanceSettings instanceId={INSTANCE.id} dialog={options.dialog} />
      <Modal
        data-testid="terminate-instance-modal"
        visible={open}
        onDismiss={cancel}
        closeAriaLabel={w.close}
        header={w.header}
        footer={<ModalFooter id="terminate-instance" cancel={w.cancel} confirm={w.confirm} onCancel={cancel} onConfirm={terminate} />}
      >
        <SpaceBetween size="m">
          <Alert type="warning">{w.warning}</Alert>
          <Box variant="p">{w.confirmText}</Box>
          <Box variant="code">{`${INSTANCE.id} (${INSTANCE.name})`}</Box>
        </SpaceBetween>
      </Modal>
    </Box>
  );
}
