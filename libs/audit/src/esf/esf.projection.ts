import type Database from 'better-sqlite3';
import { EventCatalog, EventMetadata, prepared, ProjectedEvent, Projection } from '@samverkan/core';
import type { ActivityReporter, ReportedActivity, ReportedEvent } from '@samverkan/core/domain';
import { categoryOf } from '@samverkan/event-store';
import { daysOf } from '../participants/months';
import { monthStream } from '../participants/participant-month';
import { sealStream } from '../sealing/esf-seal';
import type { EsfReportSealed } from '../sealing/esf-seal';
import type { ParticipantMonthReported } from '../participants/participant-month';
import { activitiesHash } from './esf-content';
import { activityRow, byStream, decisionRow, esfCategories, inReportOrder, reportedEvent } from './esf-report';
import { reportRules } from './report-format';
import { addUp, storedActivity, StoredActivity, StoredMonthReport } from './esf-rows';

export const ESF_PROJECTION = 'audit.esf';

export const ESF_TABLES = {
  streams: 'esf_stream',
  input: 'esf_input',
  activities: 'esf_activity',
  months: 'esf_month',
  decisions: 'esf_decision',
  monthReports: 'esf_month_report',
  dated: 'esf_dated',
  seals: 'esf_seal',
  sealUnits: 'esf_seal_unit',
  sealLate: 'esf_seal_late',
} as const;
const T = ESF_TABLES;

const MONTH_CATEGORY = categoryOf(monthStream('2024-05'));
const SEAL_CATEGORY = categoryOf(sealStream('s'));

const SQL = {
  unitOf: `SELECT unit FROM ${T.streams} WHERE stream = ?`,
  addStream: `INSERT INTO ${T.streams} (stream, unit) VALUES (?, ?)`,
  addInput: `INSERT OR IGNORE INTO ${T.input} (position, unit, event) VALUES (?, ?, ?)`,
  unitInput: `SELECT event FROM ${T.input} WHERE unit = ? ORDER BY position`,
  unitRows: `SELECT ordinal, held_on, stream, row FROM ${T.activities} WHERE unit = ?`,
  dropUnit: `DELETE FROM ${T.activities} WHERE unit = ?`,
  addActivity: `INSERT INTO ${T.activities} (unit, ordinal, held_on, stream, row) VALUES (?, ?, ?, ?, ?)`,
  monthRows: `SELECT ordinal, row FROM ${T.activities} WHERE held_on BETWEEN ? AND ?`,
  putMonth: `INSERT OR REPLACE INTO ${T.months} (month, activities, participants, content_hash) VALUES (?, ?, ?, ?)`,
  dropMonth: `DELETE FROM ${T.months} WHERE month = ?`,
  addDecision: `INSERT OR IGNORE INTO ${T.decisions} (position, decided_on, row) VALUES (?, ?, ?)`,
  monthReport: `SELECT position, reports FROM ${T.monthReports} WHERE month = ?`,
  putMonthReport: `INSERT OR REPLACE INTO ${T.monthReports} (month, position, reports, report) VALUES (?, ?, ?, ?)`,
  addDated: `INSERT OR IGNORE INTO ${T.dated} (position, occurred_on, stream, revision) VALUES (?, ?, ?, ?)`,
  addSeal: `INSERT OR IGNORE INTO ${T.seals} (seal_id, position, from_on, to_on) VALUES (?, ?, ?, ?)`,
  sealsBefore: `SELECT seal_id, from_on, to_on FROM ${T.seals} WHERE position < ?`,
  addSealUnit: `INSERT OR IGNORE INTO ${T.sealUnits} (seal_id, unit) VALUES (?, ?)`,
  addSealLate: `INSERT OR IGNORE INTO ${T.sealLate} (seal_id, position) VALUES (?, ?)`,
  unitsAfter: `SELECT DISTINCT unit FROM ${T.input} WHERE position > ? AND position < ?`,
  datedAfter: `SELECT position FROM ${T.dated} WHERE position > ? AND position < ? AND occurred_on BETWEEN ? AND ?`,
};

/** Positions are 64-bit: JSON keeps them as strings. */
const json = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * The ESF report's rows kept as the events come, so the report for a period, the months'
 * standings and a seal's amendments read what they show instead of folding every event of
 * Momentum's modules on each request (issue 25):
 * - each reporter's input events, grouped in units (`ActivityReporter.unitOf`: the streams whose
 *   rows read one another); a unit's rows are recomputed by the module's own reporter from the
 *   unit's events whenever one of them comes, so they are the rows `buildEsfReport` gives;
 * - per month: its rows' count, participants and fingerprint (what a monthly report records);
 * - the decisions the report lists, by the day they count on (the current report format);
 * - each month's latest participant report and how many there were;
 * - per seal, the units with events after its position and the events recorded after it that are
 *   dated in its period: its amendments fold only those units (esf-read-model.ts).
 * `buildEsfReport` stays the source of truth: a seal, a month's report and time travel recompute
 * from the events at a position; a spec holds the two equal.
 */
export function esfProjection(catalog: EventCatalog): Projection {
  // Read when the runner starts, not here: modules registered after this one add reporters.
  let known: ReturnType<typeof reportersIn> | undefined;
  const k = () => (known ??= reportersIn(catalog));

  // Units whose events came in this batch: their rows are folded once, at its end (endBatch).
  const dirty = new Set<string>();

  /** A unit's rows again from its events, written when they differ; returns the months whose rows changed. */
  function recompute(db: Database.Database, unit: string): Set<string> {
    const reporter = reporterOfUnit(k().reporters, unit)!;
    const before = prepared(db, SQL.unitRows).all(unit) as UnitRow[];
    const after = reporter.report(byStream(unitEvents(db, unit))).map((a: ReportedActivity, ordinal): UnitRow => ({
      ordinal,
      held_on: a.heldOn,
      stream: a.stream,
      row: json(storedActivity(a)),
    }));
    const months = changedMonths(before, after);
    if (months.size === 0) return months;
    prepared(db, SQL.dropUnit).run(unit);
    for (const r of after) prepared(db, SQL.addActivity).run(unit, r.ordinal, r.held_on, r.stream, r.row);
    return months;
  }

  return {
    name: ESF_PROJECTION,
    // 2: what each seal's amendments read (the units changed after it, the events dated in its period).
    version: 2,
    get categories() {
      return k().categories;
    },
    setup(db) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS ${T.streams} (stream TEXT PRIMARY KEY, unit TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ${T.input} (position INTEGER PRIMARY KEY, unit TEXT NOT NULL, event TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ${T.input}_unit ON ${T.input} (unit, position);
        CREATE TABLE IF NOT EXISTS ${T.activities} (unit TEXT NOT NULL, ordinal INTEGER NOT NULL,
          held_on TEXT NOT NULL, stream TEXT NOT NULL, row TEXT NOT NULL, PRIMARY KEY (unit, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ${T.activities}_held ON ${T.activities} (held_on);
        CREATE TABLE IF NOT EXISTS ${T.months} (month TEXT PRIMARY KEY, activities INTEGER NOT NULL,
          participants TEXT NOT NULL, content_hash TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ${T.decisions} (position INTEGER PRIMARY KEY, decided_on TEXT NOT NULL, row TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ${T.decisions}_day ON ${T.decisions} (decided_on, position);
        CREATE TABLE IF NOT EXISTS ${T.monthReports} (month TEXT PRIMARY KEY, position INTEGER NOT NULL,
          reports INTEGER NOT NULL, report TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ${T.dated} (position INTEGER PRIMARY KEY, occurred_on TEXT NOT NULL,
          stream TEXT NOT NULL, revision INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS ${T.seals} (seal_id TEXT PRIMARY KEY, position INTEGER NOT NULL,
          from_on TEXT NOT NULL, to_on TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ${T.sealUnits} (seal_id TEXT NOT NULL, unit TEXT NOT NULL,
          PRIMARY KEY (seal_id, unit)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ${T.sealLate} (seal_id TEXT NOT NULL, position INTEGER NOT NULL,
          PRIMARY KEY (seal_id, position)) WITHOUT ROWID;`);
    },
    reset(db) {
      for (const table of Object.values(T)) db.exec(`DROP TABLE IF EXISTS ${table}`);
      dirty.clear();
    },
    endBatch(db) {
      const months = new Set<string>();
      for (const unit of dirty) for (const month of recompute(db, unit)) months.add(month);
      dirty.clear();
      for (const month of months) summarise(db, month);
    },
    apply(db, event) {
      const category = categoryOf(event.stream);
      if (category === MONTH_CATEGORY && event.type === 'ParticipantMonthReported') monthReported(db, catalog, event);
      if (category === SEAL_CATEGORY && event.type === 'EsfReportSealed') sealed(db, event);
      const { reporterOf, rules, deciding, reported: dated } = k();
      // What each earlier seal will cite: the units changed after it, the events dated in its period.
      let seals: Array<{ seal_id: string; from_on: string; to_on: string }> = [];
      if (dated.has(category)) {
        seals = prepared(db, SQL.sealsBefore).all(event.position) as typeof seals;
        const on = catalog.occurredAt(event).date;
        prepared(db, SQL.addDated).run(event.position, on, event.stream, event.revision);
        for (const seal of seals)
          if (on >= seal.from_on && on <= seal.to_on) prepared(db, SQL.addSealLate).run(seal.seal_id, event.position);
      }
      const owner = reporterOf.get(category);
      if (owner) {
        const reported = reportedEvent(catalog, event, event.data);
        let unit = (prepared(db, SQL.unitOf).get(event.stream) as { unit: string } | undefined)?.unit;
        if (unit === undefined) {
          unit = `${owner.module}:${owner.reporter.unitOf?.(reported) ?? '*'}`;
          prepared(db, SQL.addStream).run(event.stream, unit);
        }
        // Delivery is at least once: an event already in its unit changed its rows already.
        if (prepared(db, SQL.addInput).run(event.position, unit, json(reported)).changes > 0) dirty.add(unit);
        for (const seal of seals) prepared(db, SQL.addSealUnit).run(seal.seal_id, unit);
      }
      const m = event.metadata as Partial<EventMetadata>;
      if (m.kind === 'decision' && deciding.has(catalog.moduleOf(event.stream))) {
        const row = decisionRow(catalog, rules, event);
        prepared(db, SQL.addDecision).run(event.position, row.decidedOn, json(row));
      }
    },
  };
}

interface UnitRow {
  ordinal: number;
  held_on: string;
  stream: string;
  row: string;
}

/**
 * The months whose rows of this unit differ, in the report's order: only theirs are summed and
 * fingerprinted again (a knowledge group's meeting leaves its earlier months as they were).
 */
function changedMonths(before: UnitRow[], after: UnitRow[]): Set<string> {
  const byMonth = (rows: UnitRow[]) => {
    const months = new Map<string, UnitRow[]>();
    for (const r of rows) {
      const month = r.held_on.slice(0, 7);
      const list = months.get(month);
      if (list) list.push(r);
      else months.set(month, [r]);
    }
    const ordered = (rs: UnitRow[]) =>
      inReportOrder(
        rs.map((r) => ({ ordinal: r.ordinal, activity: { heldOn: r.held_on, stream: r.stream, row: r.row } })),
      );
    return new Map(
      [...months].map(([m, rs]) => [
        m,
        ordered(rs)
          .map((r) => r.row)
          .join('\n'),
      ]),
    );
  };
  const [was, is] = [byMonth(before), byMonth(after)];
  return new Set([...new Set([...was.keys(), ...is.keys()])].filter((m) => was.get(m) !== is.get(m)));
}

function reportersIn(catalog: EventCatalog) {
  const reporters = catalog.esfReporters();
  const reporterOf = new Map<string, (typeof reporters)[number]>();
  for (const r of reporters) for (const c of r.reporter.categories) reporterOf.set(c, r);
  const rules = reportRules(catalog);
  return {
    reporters,
    reporterOf,
    rules,
    deciding: new Set(rules.decisionModules),
    // The categories whose events a seal's amendments list when dated in its period (current format).
    reported: new Set(esfCategories(catalog)),
    categories: [...new Set([...esfCategories(catalog), MONTH_CATEGORY, SEAL_CATEGORY])],
  };
}

/** The reporter whose unit this is (a unit is named `<module>:<key>`). */
export function reporterOfUnit(
  reporters: ReadonlyArray<{ module: string; reporter: ActivityReporter }>,
  unit: string,
): ActivityReporter | undefined {
  const module = unit.slice(0, unit.indexOf(':'));
  return reporters.find((r) => r.module === module)?.reporter;
}

/** A unit's input events, in order, as its reporter reads them. */
export function unitEvents(db: Database.Database, unit: string): ReportedEvent[] {
  return (prepared(db, SQL.unitInput).all(unit) as Array<{ event: string }>).map(({ event }) => {
    const e = JSON.parse(event) as ReportedEvent;
    return { ...e, position: BigInt(e.position as unknown as string) };
  });
}

/** A month's count, participants and fingerprint, from its rows in the report's order. */
function summarise(db: Database.Database, month: string): void {
  const { from, to } = daysOf(month);
  const rows = inReportOrder(
    (prepared(db, SQL.monthRows).all(from, to) as Array<{ ordinal: number; row: string }>).map(({ ordinal, row }) => ({
      ordinal,
      activity: activityRow(revivedActivity(row), () => null),
    })),
  );
  if (rows.length === 0) {
    prepared(db, SQL.dropMonth).run(month);
    return;
  }
  prepared(db, SQL.putMonth).run(month, rows.length, JSON.stringify(addUp(rows)), activitiesHash(rows));
}

export function revivedActivity(row: string): ReportedActivity {
  const a = JSON.parse(row) as StoredActivity;
  return { ...a, sources: a.sources.map((s) => BigInt(s)) };
}

/**
 * A seal: kept with what was recorded between its position and its own event, which the events
 * that come after it add to as they come (apply).
 */
function sealed(db: Database.Database, event: ProjectedEvent): void {
  const data = event.data as EsfReportSealed['data'];
  const position = BigInt(data.position);
  if (prepared(db, SQL.addSeal).run(data.sealId, position, data.from, data.to).changes === 0) return;
  for (const { unit } of prepared(db, SQL.unitsAfter).all(position, event.position) as Array<{ unit: string }>)
    prepared(db, SQL.addSealUnit).run(data.sealId, unit);
  for (const row of prepared(db, SQL.datedAfter).all(position, event.position, data.from, data.to) as Array<{
    position: number | bigint;
  }>)
    prepared(db, SQL.addSealLate).run(data.sealId, row.position);
}

function monthReported(db: Database.Database, catalog: EventCatalog, event: ProjectedEvent): void {
  const data = event.data as ParticipantMonthReported['data'];
  const seen = prepared(db, SQL.monthReport).get(data.month) as
    { position: number | bigint; reports: number } | undefined;
  if (seen && BigInt(seen.position) >= event.position) return;
  const m = event.metadata as Partial<EventMetadata>;
  const report: StoredMonthReport = {
    eventId: event.id,
    position: event.position.toString(),
    data,
    // A month's report states no other time: it happened when it was made (see monthDecider).
    reportedAt: catalog.occurredAt(event).at,
    actor: m.actor ? { id: m.actor.id, organisation: m.actor.organisation, role: m.actor.role } : null,
    reason: m.reason ?? null,
  };
  prepared(db, SQL.putMonthReport).run(data.month, event.position, (seen?.reports ?? 0) + 1, json(report));
}
