/**
 * Everything the options page shows from storage, kept live: the policy
 * sources, checked (platform/checked-policy), and the items the background
 * writes (audit trail, team sync status, team cache, settings quarantine).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../core/audit';
import type { ProtectionNotice } from '../core/policy/protection-notice';
import type { TeamPolicyCache, TeamPolicyStatus } from '../core/policy/team-cache';
import type { StorageProblem } from '../core/storage-problem';
import type { SettingsQuarantine } from '../core/stored-settings';
import { readCheckedPolicy, watchCheckedPolicy, type CheckedPolicy } from '../platform/checked-policy';
import { getItems, storage } from '../platform/storage';

export interface OptionsData {
  loaded: CheckedPolicy | null;
  /** Oldest first. */
  audit: AuditEntry[];
  /** Null until the background has synced anything. */
  teamStatus: TeamPolicyStatus | null;
  teamCache: TeamPolicyCache | null;
  quarantine: SettingsQuarantine | null;
  /** Protection new policies removed, until dismissed. */
  protection: ProtectionNotice | null;
  /** The latest write refused for lack of room, this browser session. */
  storageProblem: StorageProblem | null;
  /** Loading failed (extension context gone, storage error). */
  loadError: string | null;
}

type Side = Pick<OptionsData, 'audit' | 'teamStatus' | 'teamCache' | 'quarantine' | 'protection' | 'storageProblem'>;

const SIDE = {
  audit: storage.auditLog,
  teamStatus: storage.teamPolicyStatus,
  teamCache: storage.teamPolicy,
  quarantine: storage.settingsQuarantine,
  protection: storage.protectionNotice,
  storageProblem: storage.storageProblem,
} as const;

const EMPTY: OptionsData = { loaded: null, audit: [], teamStatus: null, teamCache: null, quarantine: null, protection: null, storageProblem: null, loadError: null };

export function useOptionsData(): OptionsData {
  const [data, setData] = useState<OptionsData>(EMPTY);

  useEffect(() => {
    let alive = true;
    const update = (patch: Partial<OptionsData>) => {
      if (alive) setData((previous) => ({ ...previous, ...patch }));
    };

    // Events that arrive before the first read are newer than it: the first read must not undo them.
    const touched = new Set<keyof OptionsData>();
    const stops = [
      watchCheckedPolicy((loaded) => {
        touched.add('loaded');
        update({ loaded });
      }),
      ...(Object.keys(SIDE) as (keyof Side)[]).map((name) =>
        SIDE[name].watch((value) => {
          touched.add(name);
          update({ [name]: value });
        }),
      ),
    ];

    Promise.all([readCheckedPolicy(), getItems([SIDE.audit, SIDE.teamStatus, SIDE.teamCache, SIDE.quarantine, SIDE.protection, SIDE.storageProblem] as const)]).then(
      ([loaded, [audit, teamStatus, teamCache, quarantine, protection, storageProblem]]) => {
        const fresh: Partial<OptionsData> = { loaded, audit, teamStatus, teamCache, quarantine, protection, storageProblem };
        for (const name of touched) delete fresh[name];
        update({ ...fresh, loadError: null });
      },
      (error: unknown) => update({ loadError: String(error) }),
    );

    return () => {
      alive = false;
      stops.forEach((stop) => stop());
    };
  }, []);

  return data;
}
