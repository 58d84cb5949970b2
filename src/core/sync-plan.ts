/**
 * One round of settings sync, decided without touching storage: given what
 * this browser stores (its settings and the base: the copy last agreed with
 * storage.sync) and what storage.sync holds, what to write where, and the
 * status the options page shows. Pure: no browser globals.
 *
 * storage.local stays the only source the rest of the extension reads:
 * storage.sync only mirrors the personal rules and environments (never the
 * team URL, the team policy or a managed policy). What comes from
 * storage.sync is checked by the one policy parser before it is merged, and
 * the merge is checked again before it is stored: a copy that is broken,
 * cut short or not a valid policy changes nothing here and is reported, and
 * one that would take protection away from this browser is held (sync-hold).
 */
import { isRecord } from './is-record';
import { policyToFile } from './policy/file';
import { parsePolicyObject } from './policy/parse';
import { formatIssue, type Policy } from './policy/types';
import { readSettings } from './settings';
import { planSyncWrite, reassemble, storedChunkCount, SYNC_QUOTA_BYTES } from './sync-chunks';
import { protectionTakenAway } from './sync-hold';
import { mergePersonal } from './sync-merge';
import type { SyncStatus } from './sync-status';

/** What is kept in storage.sync (chunked by core/sync-chunks). `replaces`: written over an unreadable copy, so others merge it without a base. */
export interface SyncDocument {
  personal: Record<string, unknown>;
  replaces?: 'unreadable';
}

/** `local`: the person saved here; `remote`: storage.sync changed; `start`: the background started or sync was turned on. */
export type SyncTrigger = 'local' | 'remote' | 'start';

export interface SyncPlanInput {
  localStored: unknown;
  syncItems: Record<string, unknown>;
  baseStored: unknown;
  trigger: SyncTrigger;
  now: number;
}

export interface SyncPlan {
  /** New personal settings for storage.local, when the merge changed them. */
  localPersonal: Policy | null;
  /** One storage.sync write (and stale chunks to remove), when its copy must change. */
  syncWrite: { set: Record<string, unknown>; remove: string[] } | null;
  /** The new base, to store once the sync write (if any) succeeded; undefined: leave it. */
  base: Record<string, unknown> | null | undefined;
  status: SyncStatus;
}

const fileText = (policy: Policy) => JSON.stringify(policyToFile(policy));

function readBase(stored: unknown): Policy | null {
  if (stored === null || stored === undefined) return null;
  const parsed = parsePolicyObject(stored);
  return parsed.ok ? parsed.policy : null;
}

type RemoteCopy = { kind: 'absent' } | { kind: 'ok'; policy: Policy; replaces: boolean } | { kind: 'unreadable'; reason: string };

function readRemote(items: Record<string, unknown>): RemoteCopy {
  const read = reassemble(items);
  if (read.kind !== 'ok') return read;
  if (!isRecord(read.document) || !isRecord(read.document.personal)) return { kind: 'unreadable', reason: 'it holds no personal settings' };
  const parsed = parsePolicyObject(read.document.personal);
  if (!parsed.ok) return { kind: 'unreadable', reason: `it is not a valid policy (${formatIssue(parsed.errors[0]!)})` };
  return { kind: 'ok', policy: parsed.policy, replaces: read.document.replaces === 'unreadable' };
}

export function planSync({ localStored, syncItems, baseStored, trigger, now }: SyncPlanInput): SyncPlan {
  const nothing = (status: SyncStatus): SyncPlan => ({ localPersonal: null, syncWrite: null, base: undefined, status });
  const local = readSettings(localStored);
  // A broken local document is the background's to keep aside (settings-maintenance); syncing it could spread the damage.
  if (local.corrupt) return nothing({ kind: 'local-unreadable', at: now });

  const previousChunks = storedChunkCount(syncItems);
  const write = (policy: Policy, extra: Partial<SyncDocument>, merged: { localPersonal: Policy | null; taken: number; deleted: number; conflicts: string[] }, fallbackBase: Record<string, unknown> | null | undefined): SyncPlan => {
    const document: SyncDocument = { personal: policyToFile(policy), ...extra };
    const planned = planSyncWrite(document, previousChunks, now);
    if (!planned.ok) return { localPersonal: merged.localPersonal, syncWrite: null, base: fallbackBase, status: { kind: 'too-large', at: now, bytes: planned.bytes, limit: SYNC_QUOTA_BYTES } };
    return {
      localPersonal: merged.localPersonal,
      syncWrite: { set: planned.set, remove: planned.remove },
      base: policyToFile(policy),
      status: { kind: 'synced', at: now, bytes: planned.bytes, takenFromRemote: merged.taken, deletedByRemote: merged.deleted, conflicts: merged.conflicts },
    };
  };
  const unchanged = { localPersonal: null, taken: 0, deleted: 0, conflicts: [] };

  const remote = readRemote(syncItems);
  if (remote.kind === 'absent') return write(local.settings.personal, {}, unchanged, undefined);
  if (remote.kind === 'unreadable') {
    // Only the person's own save replaces an unreadable copy (others then merge it without a base, so nothing of theirs is deleted); a change arriving half-way is waited out.
    if (trigger === 'local') return write(local.settings.personal, { replaces: 'unreadable' }, unchanged, undefined);
    return nothing({ kind: 'remote-unreadable', at: now, reason: remote.reason });
  }

  const base = remote.replaces ? null : readBase(baseStored);
  const merge = mergePersonal(base, local.settings.personal, remote.policy);
  const checked = parsePolicyObject(policyToFile(merge.policy));
  if (!checked.ok) return nothing({ kind: 'remote-unreadable', at: now, reason: `merged with this browser's settings it is not a valid policy (${formatIssue(checked.errors[0]!)})` });
  // Only additions arrive on their own: a copy taking protection away may come from a content script (sync-hold).
  const takenAway = protectionTakenAway(local.settings.personal, checked.policy);
  if (takenAway.length > 0) return nothing({ kind: 'held', at: now, takenAway });
  const mergedText = fileText(checked.policy);
  const localPersonal = mergedText === fileText(local.settings.personal) ? null : checked.policy;
  const summary = { localPersonal, taken: merge.takenFromRemote, deleted: merge.deletedByRemote, conflicts: merge.conflicts };
  if (mergedText === fileText(remote.policy) && !remote.replaces) {
    const bytes = Object.entries(syncItems).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    return { localPersonal, syncWrite: null, base: policyToFile(remote.policy), status: { kind: 'synced', at: now, bytes, ...{ takenFromRemote: summary.taken, deletedByRemote: summary.deleted, conflicts: summary.conflicts } } };
  }
  // Too large to write back: storage.sync keeps what it has, and so the base stays what is there.
  return write(checked.policy, {}, summary, remote.replaces ? null : policyToFile(remote.policy));
}
