import { documentProjection, Projection } from '@samverkan/core';
import type { ObligationEvent } from '../domain';
import { refOf, WorldClock } from './event-refs';
import { OverdueMark, TrackedDoc } from './tracked.documents';
import { evolveTracked, TRACKED_CATEGORIES } from './tracked.evolve';

export const TRACKED_TABLE = 'oversight_tracked';
export const MARK_TABLE = 'oversight_overdue_mark';

/**
 * The documents that may owe something: the JSON tests mirror obligationsOf's first checks. A
 * partial index holds exactly these, so the open obligations are read from it, not from every
 * tracked document (one per tip ever sent); a query finds it by repeating this condition verbatim.
 */
export const OWING_CONDITION = `(stream LIKE 'tip-%' AND json_extract(doc, '$.sentOn') IS NOT NULL AND json_extract(doc, '$.outcomeOn') IS NULL)
  OR (stream LIKE 'jointAction-%' AND json_extract(doc, '$.status') = 'OPEN')
  OR (stream LIKE 'plan-%' AND json_extract(doc, '$.adopted') = 1)
  OR (stream LIKE 'dialogueMeeting-%' AND json_extract(doc, '$.heldOn') IS NOT NULL
      AND json_extract(doc, '$.outcomesOn') IS NULL AND json_extract(doc, '$.cancelled') = 0)`;

/**
 * The forum meetings' documents by year: a year's plan against what was done reads its year's
 * meetings from here, not every meeting document (a query finds it by repeating the condition).
 */
export const MEETING_RANGE = `id >= 'forumMeeting-' AND id < 'forumMeeting.'`;

/**
 * The campaigns' documents by the end and start of their period: a year's plan reads the campaigns
 * that end in it or later, not those of every year before, and tests their start in the index, not
 * in each document (a query finds it by repeating the condition).
 */
export const CAMPAIGN_RANGE = `id >= 'campaign-' AND id < 'campaign.'`;
export const CAMPAIGN_PERIOD_INDEX = `${TRACKED_TABLE}_campaign_period`;

/**
 * The forums' documents by the day each was established: a year's plan reads the forums of that
 * year and before, not every forum founded since (a query finds it by repeating the condition).
 */
export const FORUM_RANGE = `id >= 'forum-' AND id < 'forum.'`;
export const FORUM_ESTABLISHED_INDEX = `${TRACKED_TABLE}_forum_established`;

/** Other modules' streams, one document each, folded from their events alone (never their read models). */
export function trackedProjection(clock: WorldClock): Projection {
  const documents = trackedDocuments(clock);
  const indexes = {
    [`${TRACKED_TABLE}_owing`]: `CREATE INDEX IF NOT EXISTS ${TRACKED_TABLE}_owing ON ${TRACKED_TABLE} (id) WHERE ${OWING_CONDITION}`,
    [`${TRACKED_TABLE}_meeting_year`]: `CREATE INDEX IF NOT EXISTS ${TRACKED_TABLE}_meeting_year ON ${TRACKED_TABLE} (json_extract(doc, '$.year')) WHERE ${MEETING_RANGE}`,
  };
  // Kept up on every write (their conditions compare the id only, and a campaign or a forum is
  // written a few times): the queries name them (INDEXED BY), as SQLite would otherwise take the key's range.
  const kept = [
    `CREATE INDEX IF NOT EXISTS ${CAMPAIGN_PERIOD_INDEX} ON ${TRACKED_TABLE} (json_extract(doc, '$.period.to'), json_extract(doc, '$.period.from')) WHERE ${CAMPAIGN_RANGE}`,
    `CREATE INDEX IF NOT EXISTS ${FORUM_ESTABLISHED_INDEX} ON ${TRACKED_TABLE} (json_extract(doc, '$.establishedOn')) WHERE ${FORUM_RANGE}`,
  ];
  return {
    ...documents,
    // Documents are written by id: a rebuild evaluates the conditions once per document at the end,
    // not on every write of every event (each time parsing the document's JSON several times).
    deferrableIndexes: indexes,
    setup(db) {
      documents.setup(db);
      for (const sql of Object.values(indexes)) db.exec(sql);
      for (const sql of kept) db.exec(sql);
    },
  };
}

function trackedDocuments(clock: WorldClock): Projection {
  return documentProjection<TrackedDoc>({
    name: 'oversight.tracked',
    // 2: every day read through the catalog's world time (a plan duty from its decision's world time).
    version: 2,
    table: TRACKED_TABLE,
    categories: TRACKED_CATEGORIES,
    keyOf: (event) => event.stream,
    evolve: (doc, event) => evolveTracked(doc, event, clock),
  });
}

/** Which obligations the system has recorded as overdue, and when. */
export function overdueMarkProjection(clock: WorldClock): Projection {
  return documentProjection<OverdueMark>({
    name: 'oversight.overdue-marks',
    // Still 1: marking states no time, so its world time was and is when it was marked.
    version: 1,
    table: MARK_TABLE,
    categories: ['obligation'],
    keyOf: (event) => (event.data as { obligationId?: string }).obligationId ?? null,
    evolve(doc, event) {
      const e = { type: event.type, data: event.data } as ObligationEvent;
      if (e.type !== 'ObligationBecameOverdue' || doc !== null) return doc;
      // Overdue is the watcher's own finding: it happened when it was marked, not on the due date.
      const markedAt = clock.occurredAt(event).at;
      return { obligationId: e.data.obligationId, dueOn: e.data.dueOn, markedAt, event: refOf(event) };
    },
  });
}

export function oversightProjections(clock: WorldClock): Projection[] {
  return [trackedProjection(clock), overdueMarkProjection(clock)];
}
