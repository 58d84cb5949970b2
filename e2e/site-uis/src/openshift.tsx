/**
 * The OpenShift console's projects page (`@patternfly/react-core` 6, the
 * console's toolkit): the delete-project modal that asks to type the
 * project's name ("Confirm deletion by typing <strong>name</strong> below:",
 * as the console's delete modals word it), once with a `<button>` confirm
 * and once with PatternFly's Button rendered as a link; and two harmless
 * modals (discard unsaved changes, edit labels).
 */
import '@patternfly/react-core/dist/styles/base.css';
import { useState } from 'react';
import type { Root } from 'react-dom/client';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader, ModalVariant, Page, PageSection, TextInput, Title } from '@patternfly/react-core';
import { CONFIRM_MARK, RESOURCE } from '../../../scripts/lib/site-ui-cases';
import { useDialog } from './use-dialog';

const mark = { [CONFIRM_MARK]: '' };

function DeleteProject({ name, asLink }: { name: string; asLink: boolean }) {
  const d = useDialog(name);
  const [typed, setTyped] = useState('');
  const ready = typed === RESOURCE.project;
  const confirm = asLink ? (
    <Button {...mark} component="a" href="#delete" variant="danger" isAriaDisabled={!ready} onClick={(e) => (e.preventDefault(), ready && d.confirm())}>
      Delete
    </Button>
  ) : (
    <Button {...mark} variant="danger" isDisabled={!ready} onClick={d.confirm}>
      Delete
    </Button>
  );
  return (
    <>
      <Button variant="secondary" onClick={d.show}>Actions</Button>
      <Modal variant={ModalVariant.small} isOpen={d.open} onClose={d.cancel} aria-labelledby="delete-project-title">
        <ModalHeader title="Delete Project?" titleIconVariant="warning" labelId="delete-project-title" />
        <ModalBody>
          <p>This action cannot be undone. It will destroy all pods, services and other objects in the deleted project.</p>
          <p>
            Confirm deletion by typing <strong className="co-break-word">{RESOURCE.project}</strong> below:
          </p>
          <TextInput type="text" aria-label="Enter name" placeholder="Enter name" value={typed} onChange={(_e, value) => setTyped(value)} />
        </ModalBody>
        <ModalFooter>
          {confirm}
          <Button variant="secondary" onClick={d.cancel}>Cancel</Button>
        </ModalFooter>
      </Modal>
    </>
  );
}

function Harmless({ name, title, body, confirm, variant }: { name: string; title: string; body: string; confirm: string; variant: 'primary' | 'warning' }) {
  const d = useDialog(name);
  return (
    <>
      <Button variant="secondary" onClick={d.show}>{title}</Button>
      <Modal variant={ModalVariant.small} isOpen={d.open} onClose={d.cancel} aria-labelledby="harmless-title">
        <ModalHeader title={title} labelId="harmless-title" titleIconVariant={variant === 'warning' ? 'warning' : undefined} />
        <ModalBody>
          <p>{body}</p>
          {name === 'edit-labels' && <TextInput type="text" aria-label="Labels" defaultValue="app=payments" />}
        </ModalBody>
        <ModalFooter>
          <Button {...mark} variant={variant} onClick={d.confirm}>{confirm}</Button>
          <Button variant="link" onClick={d.cancel}>Cancel</Button>
        </ModalFooter>
      </Modal>
    </>
  );
}

function Dialog({ name }: { name: string }) {
  if (name === 'delete-project' || name === 'delete-project-link') return <DeleteProject name={name} asLink={name === 'delete-project-link'} />;
  if (name === 'discard-changes') return <Harmless name={name} title="Discard changes?" body="You have unsaved changes to this YAML. Leave without saving?" confirm="Discard" variant="warning" />;
  if (name === 'edit-labels') return <Harmless name={name} title="Edit labels" body={`Labels help you organize and select resources. Project ${RESOURCE.project}.`} confirm="Save" variant="primary" />;
  return null;
}

export function render(root: Root, dialog: string): void {
  root.render(
    <Page>
      <PageSection>
        <Title headingLevel="h1">Projects</Title>
        <p>{RESOURCE.project}</p>
        <Dialog key={dialog} name={dialog} />
      </PageSection>
    </Page>,
  );
}
