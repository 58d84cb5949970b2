// @vitest-environment happy-dom
/**
 * The site UIs' toolkits' modals as the reader meets them, in their
 * libraries' markup reduced to what the reader reads (the full rendered DOM
 * is judged in real browsers by e2e/site-uis.spec.ts): argo-ui's popup,
 * which has no dialog role; a modal with no recognisable actions area whose
 * confirm waits for the typed word (@grafana/ui's ConfirmModal); EUI's modal
 * without a role (older EUI releases).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dialogOnPath, dialogsWithin } from './dialog-locator';
import { readDialog } from './dialog-reader';

function html(markup: string): void {
  // Test-only: library markup parsed as the browser would.
  document.body.innerHTML = markup;
}

const pathOf = (element: Element) => {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push(node);
  return path;
};

function judged(selector: string) {
  const target = document.querySelector(selector)!;
  const dialog = dialogOnPath(pathOf(target));
  if (!dialog) return null;
  const read = readDialog(dialog);
  return { watched: dialogsWithin(document).includes(dialog), destructive: read.verdict.destructive, role: read.verdict.buttonRoles[read.buttons.indexOf(target)], typeToConfirm: read.description.typeToConfirm };
}

const argoPopup = (title: string, body: string) => `
  <div class="popup-overlay"><div class="popup-container">
    <div class="row popup-container__header popup-container__header__red"><span><div>${title}</div> <i class="argo-icon-close"></i></span></div>
    <div class="row popup-container__body"><div class="columns large-10"><form>${body}</form></div></div>
    <div class="row popup-container__footer"><div>
      <button qe-id="prompt-popup-ok-button" class="argo-button argo-button--base" id="ok">OK</button>
      <button qe-id="prompt-popup-cancel-button" class="argo-button argo-button--base-o" id="cancel">Cancel</button>
    </div></div>
  </div></div>`;

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe("argo-ui's popup (Argo CD), no dialog role", () => {
  it('"Delete application": found, OK is the action, Cancel free, its name field a type-to-confirm input', () => {
    html(
      argoPopup(
        'Delete application',
        `<p>Are you sure you want to delete the <strong>Application</strong> <kbd>payments</kbd>?</p>
         <div class="argo-field-container"><input id="name" class="argo-field"><label for="name">Please type 'payments' to confirm the deletion of the application</label></div>
         <input type="radio" name="propagationPolicy" checked>`,
      ),
    );
    expect(judged('#ok')).toEqual({ watched: true, destructive: true, role: 'action', typeToConfirm: true });
    expect(judged('#cancel')?.role).toBe('free');
  });

  it('a `popup-container` elsewhere (a common class name) is no dialog: its Delete menu item stays a page control', () => {
    html('<div class="popup-container"><ul role="menu"><li><button id="delete">Delete</button></li></ul></div>');
    expect(judged('#delete')).toBeNull();
  });

  it('"Disable Auto-Sync?" with OK: free', () => {
    html(argoPopup('Disable Auto-Sync?', '<p>Are you sure you want to disable automated application synchronization</p>'));
    expect(judged('#ok')).toMatchObject({ watched: true, destructive: false });
  });
});

describe('a modal with no recognisable actions area (@grafana/ui ConfirmModal)', () => {
  const modal = (placeholder: string) => `
    <div role="dialog" aria-labelledby="t"><div><h2 id="t">Delete dashboard</h2></div>
      <div><form><div>Do you want to delete this dashboard?<div><input placeholder="${placeholder}"></div></div>
        <div><div><button type="button">Cancel</button><button type="submit" id="confirm" disabled>Delete dashboard</button></div></div>
      </form></div>
    </div>`;

  it.each(['Type "Delete" to confirm', 'Saisissez « Delete » pour confirmer'])('the word to type, quoted in its placeholder: %s', (placeholder) => {
    html(modal(placeholder));
    expect(judged('#confirm')).toEqual({ watched: true, destructive: true, role: 'action', typeToConfirm: true });
  });

  it('a field with a placeholder that names nothing, while every button waits for it', () => {
    html(modal(''));
    expect(judged('#confirm')?.typeToConfirm).toBe(true);
  });
});

describe("EUI's modal without a role (older EUI releases)", () => {
  it('found by its class, "Delete index" its action', () => {
    html(`<div class="euiOverlayMask"><div class="euiModal euiModal--confirmation">
      <div class="euiModalHeader"><h1 class="euiModalHeader__title">Delete index</h1></div>
      <div class="euiModalBody"><p>You are about to delete this index:</p></div>
      <div class="euiModalFooter"><button class="euiButtonEmpty">Cancel</button><button class="euiButton emotion-euiButtonDisplay-m-defaultMinWidth-fill-danger" data-test-subj="confirmModalConfirmButton" id="confirm">Delete index</button></div>
    </div></div>`);
    expect(judged('#confirm')).toEqual({ watched: true, destructive: true, role: 'action', typeToConfirm: false });
  });
});
