import type Database from 'better-sqlite3';
import { prepared, readDocuments } from '@samverkan/core';
import { IsoDate } from '../domain';
import { Obligation, ObligationSettings, ObligationView, obligationsOf, viewOf, byDueDate } from './obligations';
import {
  CAMPAIGN_PERIOD_INDEX,
  CAMPAIGN_RANGE,
  FORUM_ESTABLISHED_INDEX,
  FORUM_RANGE,
  MARK_TABLE,
  MEETING_RANGE,
  OWING_CONDITION,
  TRACKED_TABLE,
} from './oversight.projections';
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

// Read from the partial index, then put in rowid order in JS (ORDER BY rowid would make SQLite scan
// the table instead): the order the table scan gave before, which the due-date sort keeps on ties.
const OWING = `SELECT rowid AS at, stream, doc FROM ${TRACKED_TABLE} WHERE ${OWING_CONDITION}`;

function rows<Doc>(db: Database.Database, sql: string, ...params: unknown[]): Tracked<Doc>[] {
  return (prepared(db, sql).all(...params) as { stream: string; doc: string }[]).map((r) => ({
    stream: r.stream,
    doc: JSON.parse(r.doc) as Doc,
  }));
}

/** Every open obligation, soonest due first, with whether it is overdue on `today` and its system mark. */
export function openObligations(db: Database.Database, settings: ObligationSettings, today: IsoDate): ObligationView[] {
  const owing = (prepared(db, OWING).all() as { at: number; stream: string; doc: string }[]).sort(
    (a, b) => a.at - b.at,
  );
  const obligations: Obligation[] = owing.flatMap(({ stream, doc }) =>
    obligationsOf(JSON.parse(doc) as TrackedDoc, stream, settings),
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
  // A range of the key (the stream) rather than substr(stream, …): the primary key then finds the
  // category's documents instead of every tracked document (one per tip) being read.
  // The condition drops in SQL what `planVersusActual` would skip (founded after the year, a campaign
  // outside it), so a year does not parse the documents of later ones (the group's holds every meeting);
  // the forums and the campaigns are read from their indexes by the day they began and by the end
  // and start of their period.
  const last = `${year}-12-31`;
  return {
    plan: rows<TrackedPlan>(db, `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE id = ?`, `plan-${year}`)[0] ?? null,
    forums: rows<TrackedForum>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} INDEXED BY ${FORUM_ESTABLISHED_INDEX}
       WHERE ${FORUM_RANGE} AND json_extract(doc, '$.establishedOn') <= ? ORDER BY rowid`,
      last,
    ),
    forumMeetings: rows<TrackedForumMeeting>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE ${MEETING_RANGE} AND json_extract(doc, '$.year') = ? ORDER BY rowid`,
      year,
    ).map((r) => r.doc),
    // The knowledge group is one, national: its range holds a document or none.
    groups: rows<TrackedGroup>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE}
       WHERE id >= 'knowledgeGroup-' AND id < 'knowledgeGroup.' AND json_extract(doc, '$.foundedOn') <= ? ORDER BY rowid`,
      last,
    ),
    campaigns: rows<TrackedCampaign>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} INDEXED BY ${CAMPAIGN_PERIOD_INDEX}
       WHERE ${CAMPAIGN_RANGE} AND json_extract(doc, '$.period.to') >= @first
       AND json_extract(doc, '$.period.from') <= @last ORDER BY rowid`,
      { first: `${year}-01-01`, last },
    ),
  };
}
