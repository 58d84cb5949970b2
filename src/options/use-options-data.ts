/**
 * Everything the options page shows from storage, kept live: the policy
 * sources (watchPolicy) and the keys the background writes (audit trail,
 * team sync status, team cache, settings quarantine) via storage.onChanged.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readRing, ringEntries, type AuditEntry } from '../core/audit';
import { loadPolicy, watchPolicy, type LoadedPolicy } from '../platform/policy-store';
import { LOCAL_KEYS } from '../platform/storage-keys';
import { readTeamSyncState, type TeamPolicyCache, type TeamPolicyStatus } from '../core/policy/sync-state';
import { readQuarantine, type Quarantine } from './stored';

export interface OptionsData {
  loaded: LoadedPolicy | null;
  /** Oldest first. */
  audit: AuditEntry[];
  /** Null until the background has synced anything. */
  teamStatus: TeamPolicyStatus | null;
  teamCache: TeamPolicyCache | null;
  quarantine: Quarantine | null;
  /** Loading failed (extension context gone, storage error). */
  loadError: string | null;
}

const WATCHED = [LOCAL_KEYS.auditLog, LOCAL_KEYS.teamPolicyStatus, LOCAL_KEYS.teamPolicy, LOCAL_KEYS.settingsQuarantine];

type Side = Pick<OptionsData, 'audit' | 'teamStatus' | 'teamCache' | 'quarantine'>;

function readSide(values: Record<string, unknown>, previous: Side): Side {
  const has = (key: string) => key in values;
  return {
    audit: has(LOCAL_KEYS.auditLog) ? ringEntries(readRing(values[LOCAL_KEYS.auditLog])) : previous.audit,
    teamStatus: has(LOCAL_KEYS.teamPolicyStatus)
      ? values[LOCAL_KEYS.teamPolicyStatus] === undefined
        ? null
        : readTeamSyncState(null, values[LOCAL_KEYS.teamPolicyStatus]).status
      : previous.teamStatus,
    teamCache: has(LOCAL_KEYS.teamPolicy) ? readTeamSyncState(values[LOCAL_KEYS.teamPolicy], null).cache : previous.teamCache,
    quarantine: has(LOCAL_KEYS.settingsQuarantine) ? readQuarantine(values[LOCAL_KEYS.settingsQuarantine]) : previous.quarantine,
  };
}

const EMPTY: OptionsData = { loaded: null, audit: [], teamStatus: null, teamCache: null, quarantine: null, loadError: null };

export function useOptionsData(): OptionsData {
  const [data, setData] = useState<OptionsData>(EMPTY);

  useEffect(() => {
    let alive = true;
    const update = (patch: Partial<OptionsData>) => {
      if (alive) setData((previous) => ({ ...previous, ...patch }));
    };

    // Events that arrive before the first read are newer than it: the first read must not undo them.
    const touched = new Set<string>();
    const stopPolicy = watchPolicy((loaded) => {
      touched.add('policy');
      update({ loaded });
    });
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      const values: Record<string, unknown> = {};
      for (const key of WATCHED) {
        if (!(key in changes)) continue;
        values[key] = changes[key]!.newValue;
        touched.add(key);
      }
      if (alive && Object.keys(values).length > 0) setData((previous) => ({ ...previous, ...readSide(values, previous) }));
    };
    browser.storage.onChanged.addListener(onChanged);

    Promise.all([loadPolicy(), browser.storage.local.get(WATCHED)]).then(
      ([loaded, values]) => {
        // Absent keys read as absent (null), unless an event already told us newer.
        const fresh: Record<string, unknown> = Object.fromEntries(WATCHED.filter((key) => !touched.has(key)).map((key) => [key, values[key]]));
        if (!alive) return;
        setData((previous) => ({ ...previous, loaded: touched.has('policy') ? previous.loaded : loaded, loadError: null, ...readSide(fresh, previous) }));
      },
      (error: unknown) => update({ loadError: String(error) }),
    );

    return () => {
      alive = false;
      stopPolicy();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return data;
}
