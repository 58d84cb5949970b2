/**
 * What the console's own handlers did, kept in `window.cloudConsole` of the
 * frame the dialog lives in, for the specs to read: a guard must keep
 * `confirmations` empty until it lets the action through.
 */
export type Via = 'click' | 'enter';

export interface CloudConsoleRecord {
  confirmations: { id: string; via: Via }[];
  cancellations: number;
  /** `fx-scope=late` pages: adds the session meta tag now instead of after `fx-late-ms`. */
  revealScope: () => void;
}

declare global {
  interface Window {
    cloudConsole: CloudConsoleRecord;
  }
}

export function installRecord(): CloudConsoleRecord {
  window.cloudConsole = { confirmations: [], cancellations: 0, revealScope: () => undefined };
  return window.cloudConsole;
}

export function confirmed(id: string, via: Via): void {
  window.cloudConsole.confirmations.push({ id, via });
}

export function cancelled(): void {
  window.cloudConsole.cancellations += 1;
}
