/**
 * The record of protection a new policy removed (core/policy/downgrade), as
 * the background keeps it until someone reads it in the options page (the
 * `protectionNotice` item of platform/storage). Pure.
 */
import { isRecord } from '../is-record';

export interface RecordedLoss {
  /** When the policy that removed it came into force. */
  at: number;
  source: 'managed' | 'team';
  project: string | null;
  environment: string;
  text: string;
}

export interface ProtectionNotice {
  losses: RecordedLoss[];
}

/** The newest lines kept until dismissed. */
export const MAX_NOTICE_LOSSES = 200;

export function addLosses(notice: ProtectionNotice | null, losses: readonly RecordedLoss[]): ProtectionNotice {
  return { losses: [...(notice?.losses ?? []), ...losses].slice(-MAX_NOTICE_LOSSES) };
}

/** Leniently: lines that are not losses are left out; no lines reads as no notice. */
export function readProtectionNotice(stored: unknown): ProtectionNotice | null {
  if (!isRecord(stored) || !Array.isArray(stored.losses)) return null;
  const losses = stored.losses.filter(
    (loss): loss is RecordedLoss =>
      isRecord(loss) &&
      typeof loss.at === 'number' &&
      (loss.source === 'managed' || loss.source === 'team') &&
      (typeof loss.project === 'string' || loss.project === null) &&
      typeof loss.environment === 'string' &&
      typeof loss.text === 'string',
  );
  return losses.length ? { losses } : null;
}
