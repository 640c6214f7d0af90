import type { EventMetadata } from '@samverkan/core';
import type { ReportedActivity } from '@samverkan/core/domain';
import type { ParticipantMonthReported } from '../participants/participant-month';

/** A reporter's row as the ESF read model keeps it: positions as strings (they are 64-bit). */
export type StoredActivity = Omit<ReportedActivity, 'sources'> & { sources: string[] };

export function storedActivity(a: ReportedActivity): StoredActivity {
  return { ...a, sources: a.sources.map(String) };
}

/** A month's latest participant report as the ESF read model keeps it; the decider's name is joined when read. */
export interface StoredMonthReport {
  eventId: string;
  position: string;
  data: ParticipantMonthReported['data'];
  reportedAt: string;
  actor: Pick<NonNullable<EventMetadata['actor']>, 'id' | 'organisation' | 'role'> | null;
  reason: string | null;
}

/** A month's participants summed over its rows. */
export interface MonthParticipants {
  MANAGER: number;
  HR: number;
  OTHER: number;
  named: number;
  total: number;
}

export function addUp(rows: ReadonlyArray<{ participants: MonthParticipants }>): MonthParticipants {
  const sum = { MANAGER: 0, HR: 0, OTHER: 0, named: 0, total: 0 };
  for (const { participants: p } of rows) {
    sum.MANAGER += p.MANAGER;
    sum.HR += p.HR;
    sum.OTHER += p.OTHER;
    sum.named += p.named;
    sum.total += p.total;
  }
  return sum;
}
