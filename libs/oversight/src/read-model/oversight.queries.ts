import type Database from 'better-sqlite3';
import { prepared, readDocuments } from '@samverkan/core';
import { IsoDate } from '../domain';
import { Obligation, ObligationSettings, ObligationView, obligationsOf, viewOf, byDueDate } from './obligations';
import { MARK_TABLE, TRACKED_TABLE } from './oversight.projections';
import { Tracked, YearSources } from './plan-versus-actual';
import {
  OverdueMark,
  TrackedCampaign,
  TrackedDoc,
  TrackedForum,
  TrackedForumMeeting,
  TrackedGroup,
  TrackedPlan,
} from './tracked.documents';

// Only streams that may owe something are read: the JSON tests mirror obligationsOf's first checks.
const OWING = `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE
  (stream LIKE 'tip-%' AND json_extract(doc, '$.sentOn') IS NOT NULL AND json_extract(doc, '$.outcomeOn') IS NULL)
  OR (stream LIKE 'jointAction-%' AND json_extract(doc, '$.status') = 'OPEN')
  OR (stream LIKE 'plan-%' AND json_extract(doc, '$.adopted') = 1)
  OR (stream LIKE 'dialogueMeeting-%' AND json_extract(doc, '$.heldOn') IS NOT NULL
      AND json_extract(doc, '$.outcomesOn') IS NULL AND json_extract(doc, '$.cancelled') = 0)`;

function rows<Doc>(db: Database.Database, sql: string, ...params: unknown[]): Tracked<Doc>[] {
  return (prepared(db, sql).all(...params) as { stream: string; doc: string }[]).map((r) => ({
    stream: r.stream,
    doc: JSON.parse(r.doc) as Doc,
  }));
}

/** Every open obligation, soonest due first, with whether it is overdue on `today` and its system mark. */
export function openObligations(db: Database.Database, settings: ObligationSettings, today: IsoDate): ObligationView[] {
  const obligations: Obligation[] = rows<TrackedDoc>(db, OWING).flatMap(({ stream, doc }) =>
    obligationsOf(doc, stream, settings),
  );
  const marks = new Map(
    readDocuments<OverdueMark>(
      db,
      MARK_TABLE,
      obligations.map((o) => o.obligationId),
    ).map((m) => [m.doc.obligationId, m.doc]),
  );
  return obligations.sort(byDueDate).map((o) => viewOf(o, today, marks.get(o.obligationId) ?? null));
}

/** What the year's expectations are computed from: the plan, forums and their meetings, the group, campaigns. */
export function yearSources(db: Database.Database, year: number): YearSources {
  const byPrefix = <Doc>(prefix: string) =>
    rows<Doc>(db, `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE substr(stream, 1, ?) = ?`, prefix.length, prefix);
  return {
    plan: rows<TrackedPlan>(db, `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE id = ?`, `plan-${year}`)[0] ?? null,
    forums: byPrefix<TrackedForum>('forum-'),
    forumMeetings: rows<TrackedForumMeeting>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE substr(stream, 1, 13) = 'forumMeeting-' AND json_extract(doc, '$.year') = ?`,
      year,
    ).map((r) => r.doc),
    groups: byPrefix<TrackedGroup>('knowledgeGroup-'),
    campaigns: byPrefix<TrackedCampaign>('campaign-'),
  };
}
