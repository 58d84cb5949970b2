/**
 * A Grafana dashboards page (`@grafana/ui`, Grafana's own components):
 * ConfirmModal deleting a dashboard with `confirmationText="Delete"` (the
 * confirm stays disabled until "Delete" is typed), a data source delete
 * whose confirm is a LinkButton (`<a href>`), and two harmless modals (save
 * a dashboard; unsaved changes, whose red "Discard" only drops edits).
 */
import type { Root } from 'react-dom/client';
import { Button, ConfirmModal, LinkButton, Modal } from '@grafana/ui';
import { CONFIRM_MARK, RESOURCE } from '../../../scripts/lib/site-ui-cases';
import { useDialog } from './use-dialog';

const mark = { [CONFIRM_MARK]: '' };

function DeleteDashboard({ name }: { name: string }) {
  const d = useDialog(name);
  return (
    <>
      <Button variant="destructive" onClick={d.show}>Delete dashboard</Button>
      <ConfirmModal
        isOpen={d.open}
        title="Delete dashboard"
        body={`Do you want to delete this dashboard? ${RESOURCE.dashboard}`}
        confirmText="Delete dashboard"
        confirmationText="Delete"
        confirmVariant="destructive"
        onConfirm={d.confirm}
        onDismiss={d.cancel}
      />
    </>
  );
}

function DeleteDataSource({ name }: { name: string }) {
  const d = useDialog(name);
  return (
    <>
      <Button variant="destructive" onClick={d.show}>Delete</Button>
      <Modal title="Delete" isOpen={d.open} onDismiss={d.cancel}>
        <p>Are you sure you want to delete this data source? prometheus-payments</p>
        <Modal.ButtonRow>
          <Button variant="secondary" fill="outline" onClick={d.cancel}>Cancel</Button>
          <LinkButton {...mark} variant="destructive" href="#delete" onClick={(e) => (e.preventDefault(), d.confirm())}>
            Delete
          </LinkButton>
        </Modal.ButtonRow>
      </Modal>
    </>
  );
}

function SaveDashboard({ name }: { name: string }) {
  const d = useDialog(name);
  return (
    <>
      <Button onClick={d.show}>Save dashboard</Button>
      <ConfirmModal isOpen={d.open} title="Save dashboard" body={`Save your changes to ${RESOURCE.dashboard}?`} confirmText="Save" confirmVariant="primary" onConfirm={d.confirm} onDismiss={d.cancel} />
    </>
  );
}

function UnsavedChanges({ name }: { name: string }) {
  const d = useDialog(name);
  return (
    <>
      <Button onClick={d.show}>Back to dashboards</Button>
      <Modal title="Unsaved changes" isOpen={d.open} onDismiss={d.cancel}>
        <h5>Do you want to save your changes?</h5>
        <Modal.ButtonRow>
          <Button variant="secondary" onClick={d.cancel} fill="outline">Cancel</Button>
          <Button {...mark} variant="destructive" onClick={d.confirm}>Discard</Button>
          <Button onClick={d.cancel}>Save dashboard</Button>
        </Modal.ButtonRow>
      </Modal>
    </>
  );
}

function Case({ name }: { name: string }) {
  if (name === 'delete-dashboard') return <DeleteDashboard name={name} />;
  if (name === 'delete-datasource') return <DeleteDataSource name={name} />;
  if (name === 'save-dashboard') return <SaveDashboard name={name} />;
  if (name === 'unsaved-changes') return <UnsavedChanges name={name} />;
  return null;
}

export function render(root: Root, dialog: string): void {
  root.render(
    <main>
      <h1>{RESOURCE.dashboard}</h1>
      <Case key={dialog} name={dialog} />
    </main>,
  );
}
