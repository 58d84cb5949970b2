/**
 * An Argo CD application page. Argo CD's UI builds its dialogs with argo-ui's
 * popup, no component library and no dialog role: `div.popup-overlay >
 * div.popup-container` with a header row (the title and a close icon), a body
 * row (icon, then the content, a <form> for prompts) and a footer row with
 * the OK / Cancel buttons (`qe-id` prompt-popup-ok-button). This page writes
 * that markup (github.com/argoproj/argo-ui/blob/master/src/components/popup/
 * popup and popup-manager) with Argo CD's own wording
 * (github.com/argoproj/argo-cd/blob/master/ui/src/app/applications/components/:
 * utils deleteApplication asks to type the application's name; deletePopup
 * for a resource; application-summary "Disable Auto-Sync?"; applications-list
 * "Close Panel"). Facts carried over, not code.
 */
import { useState, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { CONFIRM_MARK, RESOURCE } from '../../../scripts/lib/site-ui-cases';
import { useDialog } from './use-dialog';

interface PopupProps {
  title: string;
  titleColor: 'normal' | 'red' | 'yellow';
  icon?: string;
  prompt: boolean;
  children: ReactNode;
  onOk: () => void;
  onCancel: () => void;
}

function Popup({ title, titleColor, icon, prompt, children, onOk, onCancel }: PopupProps) {
  const qe = prompt ? 'prompt-popup' : 'argo-popup';
  return (
    <div className="popup-overlay" style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,.4)' }}>
      <div className="popup-container" style={{ background: '#fff', margin: '10vh auto', width: 600, padding: 16 }}>
        <div className={`row popup-container__header popup-container__header__${titleColor}`}>
          <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
            <div>{title}</div> <i className="argo-icon-close" onClick={onCancel} />
          </span>
        </div>
        <div className="row popup-container__body">
          {icon && (
            <div className="columns popup-container__icon">
              <i className={`argo-icon-warning ${icon}`} />
            </div>
          )}
          <div className={`columns ${icon ? 'large-10' : 'large-12 popup-container__body__hasNoIcon'}`}>
            {prompt ? <form onSubmit={(e) => (e.preventDefault(), onOk())}>{children}</form> : children}
          </div>
        </div>
        <div className={`row popup-container__footer${icon ? ' popup-container__footer--additional-padding' : ''}`}>
          <div style={{ display: 'flex', gap: '8px' }}>
            <button qe-id={`${qe}-ok-button`} className="argo-button argo-button--base" onClick={onOk} {...{ [CONFIRM_MARK]: '' }}>
              OK
            </button>
            <button qe-id={`${qe}-cancel-button`} className="argo-button argo-button--base-o" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function NameField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="argo-form-row">
      <div>
        <div className="argo-field-container">
          <input id="delete-app-name" {...{ qeid: 'name-field-delete-confirmation' }} className={`argo-field${value ? ' argo-has-value' : ''}`} value={value} onChange={(e) => onChange(e.target.value)} />
          <label htmlFor="delete-app-name" className="argo-label-placeholder">
            Please type &apos;{RESOURCE.app}&apos; to confirm the deletion of the application
          </label>
        </div>
      </div>
    </div>
  );
}

const POLICIES = [
  ['Foreground', "Cascade delete the application's resources using foreground propagation policy"],
  ['Background', "Cascade delete the application's resources using background propagation policy"],
  ['Non-cascading', 'Only delete the application, but do not cascade delete its resources'],
];

function Policies() {
  return (
    <div className="propagation-policy-list">
      {POLICIES.map(([policy, message], i) => (
        <div key={policy} className="propagation-policy-option">
          <input type="radio" name="propagationPolicy" id={`policy-${i}`} defaultChecked={i === 0} />
          <label htmlFor={`policy-${i}`}>
            {policy} <span className="propagation-policy-message">{message}</span>
          </label>
        </div>
      ))}
    </div>
  );
}

function Case({ name }: { name: string }) {
  const d = useDialog(name);
  const [typed, setTyped] = useState('');
  if (!d.open) return <button className="argo-button argo-button--base" onClick={d.show}>Delete</button>;
  const common = { onCancel: d.cancel };
  if (name === 'delete-app')
    return (
      <Popup {...common} title="Delete application" titleColor="red" icon="failed" prompt onOk={() => typed === RESOURCE.app && d.confirm()}>
        <p>
          Are you sure you want to delete the <strong>Application</strong> <kbd>{RESOURCE.app}</kbd>?
        </p>
        <p>
          Deleting the application in <kbd>foreground</kbd> or <kbd>background</kbd> mode will delete all the application&apos;s managed resources, which can be <strong>dangerous</strong>. Be sure you understand the effects
          of deleting this resource before continuing. Consider asking someone to review the change first.
        </p>
        <NameField value={typed} onChange={setTyped} />
        <p>Select propagation policy for application deletion</p>
        <Policies />
      </Popup>
    );
  if (name === 'delete-resource')
    return (
      <Popup {...common} title="Delete resource" titleColor="red" icon="failed" prompt onOk={d.confirm}>
        <p>
          Are you sure you want to delete <strong>Deployment</strong> <kbd>{RESOURCE.app}-api</kbd>?
        </p>
        <Policies />
      </Popup>
    );
  if (name === 'disable-auto-sync')
    return (
      <Popup {...common} title="Disable Auto-Sync?" titleColor="normal" prompt={false} onOk={d.confirm}>
        <p>Are you sure you want to disable automated application synchronization</p>
      </Popup>
    );
  if (name === 'close-panel')
    return (
      <Popup {...common} title="Close Panel" titleColor="normal" prompt={false} onOk={d.confirm}>
        <p>Closing this panel will discard all entered values. Continue?</p>
      </Popup>
    );
  return null;
}

export function render(root: Root, dialog: string): void {
  root.render(
    <div className="applications-details">
      <h1>{RESOURCE.app}</h1>
      <Case key={dialog} name={dialog} />
    </div>,
  );
}
