/**
 * Two harmless settings beside EC2's terminate, in the same frame: "Change
 * termination protection" (a toggle "Enable" and Save, as the EC2 user guide
 * describes it: Actions > Instance settings > Change termination protection)
 * and "Disable auto scaling?" (the confirmation DynamoDB and ECS show before
 * they stop scaling a table or service: capacity stays, nothing is deleted).
 * Their words hold "termination" and "disable", and neither destroys anything.
 * Cloudscape's components and markup; the wording is ours, in English.
 */
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { cancelled, confirmed } from '../record';
import { ModalFooter } from './modal-footer';

type Open = 'termination-protection' | 'disable-auto-scaling' | null;

export function Ec2InstanceSettings({ instanceId, dialog }: { instanceId: string; dialog: string | null }) {
  const [open, setOpen] = useState<Open>(dialog === 'termination-protection' || dialog === 'disable-auto-scaling' ? dialog : null);
  const [protectedOn, setProtectedOn] = useState(false);
  const cancel = () => {
    cancelled();
    setOpen(null);
  };
  const done = (id: string) => {
    confirmed(id, 'click');
    setOpen(null);
  };
  return (
    <>
      <SpaceBetween direction="horizontal" size="xs">
        <Button data-testid="change-termination-protection" onClick={() => setOpen('termination-protection')}>
          Change termination protection
        </Button>
        <Button data-testid="disable-auto-scaling" onClick={() => setOpen('disable-auto-scaling')}>
          Disable auto scaling
        </Button>
      </SpaceBetween>
      <Modal
        data-testid="termination-protection-modal"
        visible={open === 'termination-protection'}
        onDismiss={cancel}
        closeAriaLabel="Close modal"
        header="Change termination protection"
        footer={<ModalFooter id="termination-protection" cancel="Cancel" confirm="Save" onCancel={cancel} onConfirm={() => done('ec2-termination-protection')} />}
      >
        <SpaceBetween size="m">
          <Box variant="p">To prevent your instance from being accidentally terminated, enable termination protection.</Box>
          <Box variant="code">{instanceId}</Box>
          <FormField label="Termination protection">
            <Toggle checked={protectedOn} onChange={({ detail }) => setProtectedOn(detail.checked)}>
              Enable
            </Toggle>
          </FormField>
        </SpaceBetween>
      </Modal>
      <Modal
        data-testid="disable-auto-scaling-modal"
        visible={open === 'disable-auto-scaling'}
        onDismiss={cancel}
        closeAriaLabel="Close modal"
        header="Disable auto scaling?"
        footer={<ModalFooter id="disable-auto-scaling" cancel="Cancel" confirm="Disable" onCancel={cancel} onConfirm={() => done('disable-auto-scaling')} />}
      >
        <Box variant="p">
          Capacity stays at its current provisioned values and no longer follows the load. The CloudWatch alarms created for auto scaling will be deleted.
        </Box>
      </Modal>
    </>
  );
}
