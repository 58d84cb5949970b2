/**
 * The portal's other confirmation shapes, opened from a resource group's
 * second command bar: the "Delete a resource group" context pane on the
 * right of the portal (`.fxs-contextpane.fxs-portal-contextpane-right`, no
 * dialog role, a warning `.ext-warning-text`, the name input, and
 * `div.fxs-button[role=button][title=Delete]`) followed by its second
 * "Delete confirmation" dialog; a Fluent UI `OverlayDrawer` that deletes the
 * selected resources once "delete" is typed; a destructive yes/no dialog
 * ("Delete secret?") and a harmless one ("Discard changes?"). The pane is
 * our markup with the portal's class names (its shell is not Fluent); the
 * rest is Fluent UI v9. Wording modelled on the portal's.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, Field, Input, OverlayDrawer } from '@fluentui/react-components';
import type { Lang } from '../../../../scripts/lib/cloud-fixture-url';
import { cancelled, confirmed } from '../record';

/** The pane's input label in the portal's languages (design.md: Azure's "Delete a resource group"). */
const PANE_LABEL: Record<Lang, string> = {
  en: 'Enter resource group name to confirm deletion',
  ja: 'リソース グループ名を入力してください:',
  de: 'Geben Sie zum Bestätigen des Löschvorgangs den Namen der Ressourcengruppe ein',
};

type Open = 'pane' | 'pane-confirmation' | 'drawer' | 'delete-secret' | 'discard-changes' | null;

function PortalButton(props: { title: string; testid: string; disabled?: boolean; onActivate: () => void }) {
  const activate = () => !props.disabled && props.onActivate();
  return (
    <div
      className="fxs-button fxs-portal-button-primary"
      role="button"
      tabIndex={0}
      title={props.title}
      aria-disabled={props.disabled ? 'true' : undefined}
      data-testid={props.testid}
      onClick={activate}
      onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && activate()}
    >
      {props.title}
    </div>
  );
}

function YesNo(props: { id: string; title: string; text: string; open: boolean; onYes: () => void; onNo: () => void }) {
  return (
    <Dialog modalType="alert" open={props.open} onOpenChange={(_, data) => !data.open && props.onNo()}>
      <DialogSurface data-testid={`${props.id}-dialog`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid={`${props.id}-confirm`} onClick={props.onYes}>
              Yes
            </Button>
            <Button data-testid={`${props.id}-cancel`} onClick={props.onNo}>
              No
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function ConfirmationShapes({ group, lang }: { group: string; lang: Lang }) {
  const [open, setOpen] = useState<Open>(null);
  const [typed, setTyped] = useState('');
  const show = (which: Open) => {
    setTyped('');
    setOpen(which);
  };
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
      <div className="fxs-commandbar" role="toolbar" aria-label="More">
        <Button appearance="subtle" data-testid="open-delete-pane" onClick={() => show('pane')}>
          Delete resource group…
        </Button>
        <Button appearance="subtle" data-testid="open-delete-resources" onClick={() => show('drawer')}>
          Delete resources
        </Button>
        <Button appearance="subtle" data-testid="open-delete-secret" onClick={() => show('delete-secret')}>
          Secrets
        </Button>
        <Button appearance="subtle" data-testid="open-discard-changes" onClick={() => show('discard-changes')}>
          Edit tags
        </Button>
      </div>
      {(open === 'pane' || open === 'pane-confirmation') && (
        <div className="fxs-contextpane fxs-portal-contextpane-right" data-testid="delete-pane">
          <div className="fxs-contextpane-header">
            <h2 className="fxs-contextpane-title">Delete a resource group</h2>
            <button type="button" aria-label="Close" onClick={cancel}>
              ✕
            </button>
          </div>
          <div className="fxs-contextpane-content">
            <div className="ext-warning-text">The following resource group and all its dependent resources will be permanently deleted.</div>
            <p>
              <strong>{group}</strong>
            </p>
            <label htmlFor="delete-pane-name">{PANE_LABEL[lang]}</label>
            <input id="delete-pane-name" className="azc-input" type="text" data-testid="delete-pane-name" value={typed} onChange={(event) => setTyped(event.target.value)} />
          </div>
          <div className="fxs-contextpane-footer">
            <PortalButton title="Delete" testid="delete-pane-confirm" disabled={typed !== group} onActivate={() => {
                confirmed('azure-delete-pane', 'click');
                setOpen('pane-confirmation');
              }} />
            <PortalButton title="Cancel" testid="delete-pane-cancel" onActivate={cancel} />
          </div>
        </div>
      )}
      <Dialog modalType="alert" open={open === 'pane-confirmation'} onOpenChange={(_, data) => !data.open && cancel()}>
        <DialogSurface data-testid="delete-confirmation-dialog">
          <DialogBody>
            <DialogTitle>Delete confirmation</DialogTitle>
            <DialogContent>Are you sure you want to delete resource group {group}? This action cannot be undone.</DialogContent>
            <DialogActions>
              <Button appearance="primary" data-testid="delete-confirmation-confirm" onClick={() => done('azure-delete-confirmation')}>
                Delete
              </Button>
              <Button data-testid="delete-confirmation-cancel" onClick={cancel}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <OverlayDrawer position="end" open={open === 'drawer'} onOpenChange={(_, data) => !data.open && cancel()} data-testid="delete-resources-drawer">
        <DrawerHeader>
          <DrawerHeaderTitle>Delete resources</DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
          <p>The selected resources and their data will be permanently deleted.</p>
          <Field label='Enter "delete" to confirm deletion' required>
            <Input data-testid="delete-resources-word" value={typed} onChange={(_, data) => setTyped(data.value)} />
          </Field>
        </DrawerBody>
        <DrawerFooter>
          <Button appearance="primary" data-testid="delete-resources-confirm" disabled={typed !== 'delete'} onClick={() => done('azure-delete-resources')}>
            Delete
          </Button>
          <Button data-testid="delete-resources-cancel" onClick={cancel}>
            Cancel
          </Button>
        </DrawerFooter>
      </OverlayDrawer>
      <YesNo id="delete-secret" title="Delete secret? " text="Are you sure you want to delete the secret 'db-password'?" open={open === 'delete-secret'} onYes={() => done('azure-delete-secret')} onNo={cancel} />
      <YesNo id="discard-changes" title="Discard changes?" text="You have unsaved changes to the tags." open={open === 'discard-changes'} onYes={() => done('azure-discard-changes')} onNo={cancel} />
    </>
  );
}
