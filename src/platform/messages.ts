/** Messages between content scripts, pages and the background, typed in one place. */
import type { AuditEntry } from '../core/audit';
import type { TeamPolicyStatus } from '../core/policy/sync-state';
import type { Environment } from '../core/environments';

/** An environment as it travels between contexts (plain data). */
export type TabEnvironment = Pick<Environment, 'name' | 'label' | 'color' | 'typedConfirmation' | 'guards'>;

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

/**
 * Syncs the team policy now (the options page's "Sync now"). Only extension
 * pages may send it. Reply: TeamPolicySyncReply, after the attempt:
 *   browser.runtime.sendMessage({ type: 'team-policy-sync' })
 */
export interface TeamPolicySyncMessage {
  type: 'team-policy-sync';
}

/** The sync status as stored in `teamPolicyStatus` after the attempt. */
export interface TeamPolicySyncReply {
  status: TeamPolicyStatus;
}

/**
 * A frame whose URL names no project asks what its tab's top frame shows.
 * Reply: FrameContextReply.
 */
export interface FrameContextMessage {
  type: 'frame-context';
}

export interface FrameContextReply {
  /** False when the top frame has not reported yet: keep guarding as if protected. */
  known: boolean;
  project: string | null;
  environment: TabEnvironment | null;
}

/** Background -> every frame of a tab (tabs.sendMessage): what the top frame now shows. No reply. */
export interface TopFrameStateMessage {
  type: 'top-frame-state';
  project: string | null;
  environment: TabEnvironment | null;
}

export type ExtensionMessage = TabStateMessage | OtherTabsMessage | AuditMessage | AuditExportMessage | TeamPolicySyncMessage | FrameContextMessage;

const TYPES: ReadonlySet<string> = new Set(['tab-state', 'other-tabs', 'audit', 'audit-export', 'team-policy-sync', 'frame-context']);

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}
