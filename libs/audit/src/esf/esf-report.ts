import { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import { Deliverable, DELIVERABLES, ReportedActivity, ReportedEvent, RoleCounts } from '@samverkan/core/domain';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';
import { EsfReportFormat, ReportRules, reportRules } from './report-format';
import { readBetween } from './trail-events';

export interface EsfPeriod {
  /** Calendar dates, inclusive. */
  from: string;
  to: string;
}

/** A reporter's row with its participants summed and its named people's names joined in. */
export interface EsfActivityRow extends Omit<ReportedActivity, 'namedPeople'> {
  /** Summed over the organisations whose counts were recorded. */
  participants: RoleCounts & { named: number; total: number };
  namedPeople: Array<{ personId: string; name: string | null; organisation: string }>;
}

export interface EsfDecisionRow {
  decidedOn: string;
  module: string;
  stream: string;
  eventId: string;
  type: string;
  summary: string;
  reason: string | null;
  decidedBy: { personId: string; name: string | null; organisation: string; role: string };
  position: Position;
}

export interface EsfReport {
  period: EsfPeriod;
  /** The store position the report covers: recomputing at this position gives the same report. */
  position: Position | null;
  positionSpace: string;
  activities: EsfActivityRow[];
  decisions: EsfDecisionRow[];
  totals: { activities: Record<Deliverable, number>; participants: RoleCounts & { named: number; total: number } };
}

const byPosition = (a: { position: Position }, b: { position: Position }) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;

/** The stream categories the report reads: its reporters' and those of every module whose decisions it lists. */
export function esfCategories(catalog: EventCatalog, format?: EsfReportFormat): string[] {
  const { decisionModules } = reportRules(catalog, format);
  const reporters = catalog.esfReporters();
  return [
    ...new Set([
      ...reporters.flatMap((r) => r.reporter.categories),
      ...[...decisionModules].flatMap((m) => catalog.categoriesOf(m)),
    ]),
  ];
}

/**
 * Momentum's ESF report for a period, read from the events themselves (not from read models), up
 * to the store's head when it starts: the activities held, from each module's own reporter, and
 * the decisions taken in the modules that report them. Everything counts on the day it happened
 * in the world (EventCatalog.occurredAt), not the day it was recorded: a meeting of last year
 * recorded today is last year's. Names come from the person directory at read time.
 */
export async function buildEsfReport(
  deps: { store: EventStore; catalog: EventCatalog; persons: PersonDirectory },
  period: EsfPeriod,
  options: { upTo?: Position; format?: EsfReportFormat } = {},
): Promise<EsfReport> {
  const { store, catalog, persons } = deps;
  const rules = reportRules(catalog, options.format);
  const position = options.upTo ?? (await store.headPosition());
  const reporters = catalog.esfReporters();
  const categories = esfCategories(catalog, options.format);
  const events =
    position === null
      ? []
      : await readBetween(
          store,
          'start',
          position,
          categories.map((c) => `${c}-`),
        );

  const streams = byStream(events.map((e) => reportedEvent(catalog, e, catalog.currentData(e))));
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const nameOf = (id: string) => persons.displayName(id);

  const activities = reporters
    .flatMap(({ reporter }) => reporter.report(streams))
    .filter((a) => inPeriod(a.heldOn))
    .map((a) => activityRow(a, nameOf))
    .sort(byHeldOn);

  const decisions = events
    .filter(
      (e) =>
        (e.metadata as Partial<EventMetadata>).kind === 'decision' &&
        rules.decisionModules.has(catalog.moduleOf(e.stream)),
    )
    .filter((e) => inPeriod(rules.decidedOn(e)))
    .sort(byPosition)
    .map((e) => withDecider(decisionRow(catalog, rules, e), nameOf));

  return {
    period,
    position,
    positionSpace: store.positionSpace,
    activities,
    decisions,
    totals: reportTotals(activities),
  };
}

/** A stored event as a reporter reads it; `data` already in its current shape. */
export function reportedEvent(catalog: EventCatalog, e: RecordedEvent, data: unknown): ReportedEvent {
  const { at, date } = catalog.occurredAt(e);
  return {
    stream: e.stream,
    revision: e.revision,
    position: e.position,
    type: e.type,
    data,
    occurredAt: at,
    occurredOn: date,
  };
}

/** Events by stream, each stream's in the order given: what a reporter reads. */
export function byStream(events: Iterable<ReportedEvent>): Map<string, ReportedEvent[]> {
  const streams = new Map<string, ReportedEvent[]>();
  for (const e of events) {
    const list = streams.get(e.stream);
    if (list) list.push(e);
    else streams.set(e.stream, [e]);
  }
  return streams;
}

/**
 * A reporter's row as the report gives it: participants summed, named people's names joined.
 * Written out, not spread: a report holds a row per activity and a name per guest, and on Node 20
 * `{ ...row, participants }` (a key the row lacks) takes V8's slow path, ~1 µs an object (bench/README.md).
 */
export function activityRow(a: ReportedActivity, nameOf: (personId: string) => string | null): EsfActivityRow {
  return {
    deliverable: a.deliverable,
    activityId: a.activityId,
    stream: a.stream,
    title: a.title,
    format: a.format,
    heldOn: a.heldOn,
    organiser: a.organiser,
    organisations: a.organisations,
    namedPeople: a.namedPeople.map((p) => ({
      personId: p.personId,
      organisation: p.organisation,
      name: nameOf(p.personId),
    })),
    sources: a.sources,
    participants: sum(
      a.organisations.map((o) => o.participants),
      a.namedPeople.length,
    ),
  };
}

/** The report's order of activities: by the day held, then stream; a stream's own rows keep their order. */
export const byHeldOn = (a: { heldOn: string; stream: string }, b: { heldOn: string; stream: string }) =>
  a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0;

/**
 * Rows kept with their place in their unit's output (`ordinal`), in the report's order: a
 * stream's own rows of one day keep the order its reporter gave them.
 */
export function inReportOrder<T extends { heldOn: string; stream: string }>(
  rows: Array<{ ordinal: number; activity: T }>,
): T[] {
  return rows.sort((a, b) => byHeldOn(a.activity, b.activity) || a.ordinal - b.ordinal).map((r) => r.activity);
}

/** A decision row without its decider's name, which is joined at read time (`withDecider`). */
export type StoredDecisionRow = Omit<EsfDecisionRow, 'decidedBy'> & {
  decidedBy: Omit<EsfDecisionRow['decidedBy'], 'name'> & { named: boolean };
};

export function decisionRow(catalog: EventCatalog, rules: ReportRules, e: RecordedEvent): StoredDecisionRow {
  const m = e.metadata as Partial<EventMetadata>;
  return {
    decidedOn: rules.decidedOn(e),
    module: catalog.moduleOf(e.stream),
    stream: e.stream,
    eventId: e.id,
    type: e.type,
    summary: catalog.summarize(e),
    reason: m.reason ?? null,
    decidedBy: {
      personId: m.actor?.id ?? '',
      named: m.actor !== undefined,
      organisation: m.actor?.organisation ?? '',
      role: m.actor?.role ?? '',
    },
    position: e.position,
  };
}

export function withDecider(row: StoredDecisionRow, nameOf: (personId: string) => string | null): EsfDecisionRow {
  const { personId, organisation, role, named } = row.decidedBy;
  return { ...row, decidedBy: { personId, organisation, role, name: named ? nameOf(personId) : null } };
}

export function reportTotals(activities: readonly EsfActivityRow[]): EsfReport['totals'] {
  return {
    activities: Object.fromEntries(
      DELIVERABLES.map((d) => [d, activities.filter((a) => a.deliverable === d).length]),
    ) as Record<Deliverable, number>,
    participants: sum(
      activities.map((a) => a.participants),
      activities.reduce((n, a) => n + a.participants.named, 0),
    ),
  };
}

function sum(counts: Array<RoleCounts | null>, named: number): RoleCounts & { named: number; total: number } {
  const total = { MANAGER: 0, HR: 0, OTHER: 0, named, total: named };
  for (const c of counts) {
    if (!c) continue;
    total.MANAGER += c.MANAGER;
    total.HR += c.HR;
    total.OTHER += c.OTHER;
    total.total += c.MANAGER + c.HR + c.OTHER;
  }
  return total;
}
