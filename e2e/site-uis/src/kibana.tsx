/**
 * Kibana's index management page with Elastic EUI's EuiConfirmModal.
 * `@elastic/eui` 122 cannot be installed here (its peers are React 17/18,
 * this repository has React 19: npm ERESOLVE), so this page writes the
 * markup EUI publishes for EuiConfirmModal (elastic/eui
 * packages/eui/src/components/modal/__snapshots__/confirm_modal.test.tsx.snap):
 * a portal in <body> with `euiOverlayMask`, focus guards, `div.euiModal
 * .euiModal--confirmation[role=alertdialog][aria-modal=true]`, its close
 * icon button, `.euiModalHeader__title`, `.euiModalBody`, `.euiModalFooter`
 * with the cancel and confirm buttons (`data-test-subj` confirmModal…),
 * the confirm's emotion class ending in its colour (`-fill-danger`).
 * Cases: delete an index (Kibana's wording), the same with the confirm as
 * an EuiButton with href (`<a href>`), and two harmless confirmations.
 */
import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { Root } from 'react-dom/client';
import { CONFIRM_MARK, RESOURCE } from '../../../scripts/lib/site-ui-cases';
import { useDialog } from './use-dialog';

interface ConfirmProps {
  title: string;
  body: React.ReactNode;
  confirmText: string;
  color: 'primary' | 'danger';
  href?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

const guard = <div data-focus-guard="true" tabIndex={0} style={{ width: 1, height: 0, padding: 0, overflow: 'hidden', position: 'fixed', top: 1, left: 1 }} />;

function EuiConfirmModal({ title, body, confirmText, color, href, onConfirm, onCancel }: ConfirmProps) {
  const titleId = useId();
  const confirmClass = `euiButton emotion-euiButtonDisplay-m-defaultMinWidth-fill-${color}`;
  const confirmContent = (
    <span className="emotion-euiButtonDisplayContent">
      <span className="eui-textTruncate">{confirmText}</span>
    </span>
  );
  return createPortal(
    <div className="euiOverlayMask euiOverlayMask--aboveHeader" style={{ position: 'fixed', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'rgba(0,0,0,.3)' }}>
      {guard}
      <div data-focus-lock-disabled="false">
        <div aria-labelledby={titleId} aria-modal="true" className="euiModal euiModal--confirmation emotion-euiModal-defaultMaxWidth-confirmation" role="alertdialog" tabIndex={0} style={{ background: '#fff', padding: 24, minWidth: 400 }}>
          <button aria-label="Closes this modal window" className="euiButtonIcon euiModal__closeIcon emotion-euiButtonIcon-xs-empty-text-euiModal__closeIcon" type="button" onClick={onCancel}>
            <span aria-hidden="true" className="euiButtonIcon__icon" color="inherit" data-euiicon-type="cross" />
          </button>
          <div className="euiModalHeader emotion-euiModalHeader">
            <h1 id={titleId} className="euiTitle euiModalHeader__title emotion-euiTitle-m" data-test-subj="confirmModalTitleText">
              {title}
            </h1>
          </div>
          <div className="euiModalBody emotion-euiModalBody">
            <div className="euiModalBody__overflow emotion-euiModalBody__overflow">
              <div className="euiText emotion-euiText-m" data-test-subj="confirmModalBodyText">
                {body}
              </div>
            </div>
          </div>
          <div className="euiModalFooter emotion-euiModalFooter">
            <button className="euiButtonEmpty emotion-euiButtonDisplay-euiButtonEmpty-m-empty-primary" data-test-subj="confirmModalCancelButton" type="button" onClick={onCancel}>
              <span className="euiButtonEmpty__content emotion-euiButtonDisplayContent">
                <span className="eui-textTruncate euiButtonEmpty__text">Cancel</span>
              </span>
            </button>
            {href ? (
              <a className={confirmClass} data-test-subj="confirmModalConfirmButton" href={href} rel="noreferrer" {...{ [CONFIRM_MARK]: '' }} onClick={(e) => (e.preventDefault(), onConfirm())}>
                {confirmContent}
              </a>
            ) : (
              <button className={confirmClass} data-test-subj="confirmModalConfirmButton" type="button" {...{ [CONFIRM_MARK]: '' }} onClick={onConfirm}>
                {confirmContent}
              </button>
            )}
          </div>
        </div>
      </div>
      {guard}
    </div>,
    document.body,
  );
}

const deleteIndexBody = (
  <>
    <p>You are about to delete this index:</p>
    <ul>
      <li>{RESOURCE.index}</li>
    </ul>
    <p>You can&apos;t recover a deleted index. Make sure you have appropriate backups.</p>
  </>
);

function Case({ name }: { name: string }) {
  const d = useDialog(name);
  if (!d.open) return <button onClick={d.show}>Manage index</button>;
  const common = { onConfirm: d.confirm, onCancel: d.cancel };
  if (name === 'delete-index') return <EuiConfirmModal {...common} title="Delete index" body={deleteIndexBody} confirmText="Delete index" color="danger" />;
  if (name === 'delete-index-link') return <EuiConfirmModal {...common} title="Delete index" body={deleteIndexBody} confirmText="Delete index" color="danger" href="#delete" />;
  if (name === 'discard-changes') return <EuiConfirmModal {...common} title="Discard changes?" body={<p>You have unsaved changes to this index template. Leave without saving?</p>} confirmText="Discard changes" color="danger" />;
  if (name === 'refresh-ok') return <EuiConfirmModal {...common} title="Refresh index" body={<p>Refresh {RESOURCE.index} now?</p>} confirmText="OK" color="primary" />;
  return null;
}

export function render(root: Root, dialog: string): void {
  root.render(
    <main>
      <h1>Index Management</h1>
      <Case key={dialog} name={dialog} />
    </main>,
  );
}
