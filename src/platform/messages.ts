/** Messages between content scripts, pages and the background, typed in one place. */
import type { AuditEntry } from '../core/audit';

export interface TabEnvironment {
  name: string;
  label: string;
  color: string;
  typedConfirmation: boolean;
}

/** A content script tells the background what its tab shows. Reply: TabStateReply. */
export interface TabStateMessage {
  type: 'tab-state';
  project: string | null;
  environment: TabEnvironment | null;
}

/** The background answers with the badge the browser now shows for that tab. */
export interface TabStateReply {
  badgeText: string;
}

/** What the other console tabs show. Reply: { tabs: OpenTab[] }, excluding the asking tab. */
export interface OtherTabsMessage {
  type: 'other-tabs';
}

export interface OpenTab {
  tabId: number;
  project: string | null;
  environment: TabEnvironment | null;
}

/** The guard records one outcome of a guarded dialog. No reply. */
export interface AuditMessage {
  type: 'audit';
  entry: AuditEntry;
}

/**
 * Reads the audit trail, oldest first. Reply: { format, text } where text is
 * JSON (an array of AuditEntry) or CSV. Any extension page can send it:
 *   browser.runtime.sendMessage({ type: 'audit-export', format: 'csv' })
 */
export interface AuditExportMessage {
  type: 'audit-export';
  format: 'json' | 'csv';
}

export type ExtensionMessage = TabStateMessage | OtherTabsMessage | AuditMessage | AuditExportMessage;

const TYPES: ReadonlySet<string> = new Set(['tab-state', 'other-tabs', 'audit', 'audit-export']);

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}
