import { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import { Deliverable, DELIVERABLES, ReportedActivity, ReportedEvent, RoleCounts } from '@samverkan/core/domain';
import type { EventStore, Position } from '@samverkan/event-store';
import { EsfReportFormat, reportRules } from './report-format';
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

  const streams = new Map<string, ReportedEvent[]>();
  for (const e of events) {
    const list = streams.get(e.stream) ?? [];
    const { at, date } = catalog.occurredAt(e);
    list.push({
      stream: e.stream,
      revision: e.revision,
      position: e.position,
      type: e.type,
      data: catalog.currentData(e),
      occurredAt: at,
      occurredOn: date,
    });
    streams.set(e.stream, list);
  }
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const nameOf = (id: string) => persons.displayName(id);

  const activities = reporters
    .flatMap(({ reporter }) => reporter.report(streams))
    .filter((a) => inPeriod(a.heldOn))
    .map((a): EsfActivityRow => ({
      ...a,
      participants: sum(
        a.organisations.map((o) => o.participants),
        a.namedPeople.length,
      ),
      namedPeople: a.namedPeople.map((p) => ({ ...p, name: nameOf(p.personId) })),
    }))
    .sort((a, b) =>
      a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0,
    );

  const decisions = events
    .filter(
      (e) =>
        (e.metadata as Partial<EventMetadata>).kind === 'decision' &&
        rules.decisionModules.has(catalog.moduleOf(e.stream)),
    )
    .filter((e) => inPeriod(rules.decidedOn(e)))
    .sort(byPosition)
    .map((e): EsfDecisionRow => {
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
          name: m.actor ? nameOf(m.actor.id) : null,
          organisation: m.actor?.organisation ?? '',
          role: m.actor?.role ?? '',
        },
        position: e.position,
      };
    });

  const totals = {
    activities: Object.fromEntries(
      DELIVERABLES.map((d) => [d, activities.filter((a) => a.deliverable === d).length]),
    ) as Record<Deliverable, number>,
    participants: sum(
      activities.map((a) => a.participants),
      activities.reduce((n, a) => n + a.participants.named, 0),
    ),
  };
  return { period, position, positionSpace: store.positionSpace, activities, decisions, totals };
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
