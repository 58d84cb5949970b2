/**
 * What the UI's own handlers did, kept in `window.siteUi` for the specs to
 * read: a guard must keep `confirmations` empty until it lets the action through.
 */
export interface SiteUiRecord {
  confirmations: string[];
  cancellations: number;
}

declare global {
  interface Window {
    siteUi: SiteUiRecord;
  }
}

export function installRecord(): void {
  window.siteUi = { confirmations: [], cancellations: 0 };
}

export function confirmed(dialog: string): void {
  window.siteUi.confirmations.push(dialog);
}

export function cancelled(): void {
  window.siteUi.cancellations += 1;
}
