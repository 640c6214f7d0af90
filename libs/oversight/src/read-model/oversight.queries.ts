import type Database from 'better-sqlite3';
import { prepared, readDocuments } from '@samverkan/core';
import { IsoDate } from '../domain';
import { Obligation, ObligationSettings, ObligationView, obligationsOf, viewOf, byDueDate } from './obligations';
import { MARK_TABLE, OWING_CONDITION, TRACKED_TABLE } from './oversight.projections';
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

const OWING = `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE ${OWING_CONDITION}`;

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
  // A range of the key (the stream) rather than substr(stream, …): the primary key then finds the
  // category's documents instead of every tracked document (one per tip) being read.
  const byPrefix = <Doc>(prefix: string) =>
    rows<Doc>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE id >= ? AND id < ?`,
      prefix,
      `${prefix.slice(0, -1)}.`,
    );
  return {
    plan: rows<TrackedPlan>(db, `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE id = ?`, `plan-${year}`)[0] ?? null,
    forums: byPrefix<TrackedForum>('forum-'),
    forumMeetings: rows<TrackedForumMeeting>(
      db,
      `SELECT stream, doc FROM ${TRACKED_TABLE} WHERE id >= 'forumMeeting-' AND id < 'forumMeeting.' AND json_extract(doc, '$.year') = ?`,
      year,
    ).map((r) => r.doc),
    groups: byPrefix<TrackedGroup>('knowledgeGroup-'),
    campaigns: byPrefix<TrackedCampaign>('campaign-'),
  };
}
