import { documentProjection, EventMetadata, Projection } from '@samverkan/core';
import type { ObligationEvent } from '../domain';
import { refOf } from './event-refs';
import { OverdueMark, TrackedDoc } from './tracked.documents';
import { evolveTracked, TRACKED_CATEGORIES } from './tracked.evolve';

export const TRACKED_TABLE = 'oversight_tracked';
export const MARK_TABLE = 'oversight_overdue_mark';

/** Other modules' streams, one document each, folded from their events alone (never their read models). */
export const trackedProjection: Projection = documentProjection<TrackedDoc>({
  name: 'oversight.tracked',
  version: 1,
  table: TRACKED_TABLE,
  categories: TRACKED_CATEGORIES,
  keyOf: (event) => event.stream,
  evolve: evolveTracked,
});

/** Which obligations the system has recorded as overdue, and when. */
export const overdueMarkProjection: Projection = documentProjection<OverdueMark>({
  name: 'oversight.overdue-marks',
  version: 1,
  table: MARK_TABLE,
  categories: ['obligation'],
  keyOf: (event) => (event.data as { obligationId?: string }).obligationId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as ObligationEvent;
    if (e.type !== 'ObligationBecameOverdue' || doc !== null) return doc;
    const markedAt = (event.metadata as Partial<EventMetadata>).occurredAt ?? event.recordedAt.toISOString();
    return { obligationId: e.data.obligationId, dueOn: e.data.dueOn, markedAt, event: refOf(event) };
  },
});

export const oversightProjections = [trackedProjection, overdueMarkProjection];
