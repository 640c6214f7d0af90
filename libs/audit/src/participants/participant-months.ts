import type { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';
import { activitiesHash } from '../esf/esf-content';
import { buildEsfReport, EsfActivityRow } from '../esf/esf-report';
import { DecidedBy, decidedBy } from '../esf/trail-events';
import { MonthReport, MonthStanding, monthStandings } from './month-status';
import { daysOf, FIRST_MONTH } from './months';
import { ParticipantMonthReported } from './participant-month';
import type { MonthSummary } from '../esf/esf-read-model';
import { addUp } from '../esf/esf-rows';

type Deps = { store: EventStore; catalog: EventCatalog; persons: PersonDirectory };

/** A month as the trail stands now: its rows, their fingerprint, and its latest report. */
export interface MonthView extends MonthStanding {
  activities: EsfActivityRow[];
  contentHash: string;
  reportedAt: string | null;
  reportedBy: DecidedBy | null;
  reason: string | null;
}

export interface MonthsAt {
  /** The store position the rows were read at. */
  position: Position | null;
  months: MonthView[];
}

/**
 * Every month from the project's first up to `upTo`, read from the events at the store's head:
 * each month's activity rows (activities held in it, by the Stockholm date they were held, as the
 * ESF report gives them: a meeting of March recorded in May counts in March), and its standing
 * against its latest report.
 */
export async function participantMonthsUpTo(deps: Deps, upTo: string): Promise<MonthsAt> {
  const position = await deps.store.headPosition();
  const report = await buildEsfReport(
    deps,
    { from: daysOf(FIRST_MONTH).from, to: daysOf(upTo).to },
    position === null ? {} : { upTo: position },
  );
  const rows = new Map<string, EsfActivityRow[]>();
  for (const a of report.activities) rows.set(a.heldOn.slice(0, 7), [...(rows.get(a.heldOn.slice(0, 7)) ?? []), a]);
  const reported = await latestReports(deps.store, position);
  const hashes = new Map<string, string>();
  const hashOf = (month: string) => {
    if (!hashes.has(month)) hashes.set(month, activitiesHash(rows.get(month) ?? []));
    return hashes.get(month)!;
  };
  const standings = monthStandings(upTo, new Map([...reported].map(([m, r]) => [m, r.report])), hashOf);
  return {
    position,
    months: standings.map((s) => {
      const event = reported.get(s.month)?.event;
      return {
        ...s,
        activities: rows.get(s.month) ?? [],
        contentHash: hashOf(s.month),
        // A month's report states no other time: it happened when it was made (see monthDecider).
        reportedAt: event ? deps.catalog.occurredAt(event).at : null,
        reportedBy: event ? decidedBy(deps.persons, event) : null,
        reason: event ? ((event.metadata as Partial<EventMetadata>).reason ?? null) : null,
      };
    }),
  };
}

/** Each month's latest report up to a position, with how many times it was reported. */
async function latestReports(
  store: EventStore,
  upTo: Position | null,
): Promise<Map<string, { report: MonthReport; event: RecordedEvent }>> {
  const latest = new Map<string, { report: MonthReport; event: RecordedEvent }>();
  if (upTo === null) return latest;
  const events = await store.readAll({ filter: { eventTypes: ['ParticipantMonthReported'] } });
  for (const event of events.filter((e) => e.position <= upTo)) {
    const data = event.data as ParticipantMonthReported['data'];
    const reports = (latest.get(data.month)?.report.reports ?? 0) + 1;
    latest.set(data.month, { report: { eventId: event.id, position: event.position, data, reports }, event });
  }
  return latest;
}

/** The view's rows added up, as the read model keeps a month (MonthSummary). */
export function summaryOf(view: MonthView): MonthSummary {
  return { ...view, activities: view.activities.length, participants: addUp(view.activities) };
}
