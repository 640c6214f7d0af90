import type Database from 'better-sqlite3';
import { prepared, type PersonDirectory } from '@samverkan/core';
import type { ActivityReporter, ReportedActivity, ReportedEvent } from '@samverkan/core/domain';
import type { Position } from '@samverkan/event-store';
import { MonthReport, MonthStanding, monthStandings } from '../participants/month-status';
import { activitiesHash } from './esf-content';
import { ESF_REPORT_FORMAT } from './report-format';
import { ESF_TABLES as T, reporterOfUnit, revivedActivity, unitEvents } from './esf.projection';
import {
  activityRow,
  byStream,
  EsfActivityRow,
  EsfDecisionRow,
  EsfPeriod,
  EsfReport,
  inReportOrder,
  reportTotals,
  StoredDecisionRow,
  withDecider,
} from './esf-report';
import type { MonthParticipants, StoredMonthReport } from './esf-rows';
import { DecidedBy, decidedByActor } from './trail-events';
import { daysOf } from '../participants/months';

/** Where the ESF read model stands: its database, and the store position it has applied up to. */
export interface EsfReading {
  db: Database.Database;
  position: Position | null;
  positionSpace: string;
  persons: PersonDirectory;
}

const SQL = {
  rows: `SELECT ordinal, row FROM ${T.activities} WHERE held_on BETWEEN ? AND ?`,
  decisions: `SELECT row FROM ${T.decisions} WHERE decided_on BETWEEN ? AND ? ORDER BY position`,
  months: `SELECT month, activities, participants, content_hash FROM ${T.months} WHERE month <= ?`,
  reports: `SELECT month, reports, report FROM ${T.monthReports} WHERE month <= ?`,
};

/** The rows held in a period, in the report's order, names joined now. */
function activitiesIn(reading: EsfReading, from: string, to: string): EsfActivityRow[] {
  const nameOf = (id: string) => reading.persons.displayName(id);
  return inReportOrder(
    (prepared(reading.db, SQL.rows).all(from, to) as Array<{ ordinal: number; row: string }>).map(
      ({ ordinal, row }) => ({ ordinal, activity: activityRow(revivedActivity(row), nameOf) }),
    ),
  );
}

/** A stored decision row with its decider's name joined now. */
function decisionOf(reading: EsfReading, row: string): EsfDecisionRow {
  const stored = JSON.parse(row) as StoredDecisionRow & { position: string };
  return withDecider({ ...stored, position: BigInt(stored.position) }, (id) => reading.persons.displayName(id));
}

/**
 * The ESF report for a period as the read model holds it at its position: what `buildEsfReport`
 * gives at that position, by the current report format, read from the period's rows alone.
 */
export function esfReportFromReadModel(reading: EsfReading, period: EsfPeriod): EsfReport {
  const activities = activitiesIn(reading, period.from, period.to);
  const decisions = (prepared(reading.db, SQL.decisions).all(period.from, period.to) as Array<{ row: string }>).map(
    ({ row }) => decisionOf(reading, row),
  );
  return {
    period,
    position: reading.position,
    positionSpace: reading.positionSpace,
    activities,
    decisions,
    totals: reportTotals(activities),
  };
}

/** A month's standing and what its rows add up to, without the rows. */
export interface MonthSummary extends MonthStanding {
  activities: number;
  participants: MonthParticipants;
  contentHash: string;
  reportedAt: string | null;
  reportedBy: DecidedBy | null;
  reason: string | null;
}

const NONE: MonthParticipants = { MANAGER: 0, HR: 0, OTHER: 0, named: 0, total: 0 };

/**
 * Every month from the project's first up to `upTo` as the read model holds it: each month's
 * count, participants and fingerprint, and its standing against its latest report (the same rule
 * as `participantMonthsUpTo`, which reads the events at the head).
 */
export function monthsFromReadModel(reading: EsfReading, upTo: string): MonthSummary[] {
  const months = new Map(
    (
      prepared(reading.db, SQL.months).all(upTo) as Array<{
        month: string;
        activities: number;
        participants: string;
        content_hash: string;
      }>
    ).map((m) => [m.month, m]),
  );
  const reports = new Map<string, { report: MonthReport; stored: StoredMonthReport }>();
  for (const r of prepared(reading.db, SQL.reports).all(upTo) as Array<{
    month: string;
    reports: number;
    report: string;
  }>) {
    const stored = JSON.parse(r.report) as StoredMonthReport;
    reports.set(r.month, {
      stored,
      report: { eventId: stored.eventId, position: BigInt(stored.position), data: stored.data, reports: r.reports },
    });
  }
  const empty = activitiesHash([]);
  const hashOf = (month: string) => months.get(month)?.content_hash ?? empty;
  const standings = monthStandings(upTo, new Map([...reports].map(([m, r]) => [m, r.report])), hashOf);
  return standings.map((s) => {
    const row = months.get(s.month);
    const stored = reports.get(s.month)?.stored;
    const actor = stored?.actor;
    return {
      ...s,
      activities: row?.activities ?? 0,
      participants: row ? (JSON.parse(row.participants) as MonthParticipants) : { ...NONE },
      contentHash: hashOf(s.month),
      reportedAt: stored?.reportedAt ?? null,
      reportedBy: stored ? decidedByActor(reading.persons, actor) : null,
      reason: stored?.reason ?? null,
    };
  });
}

/** One month's rows, names joined now. */
export function monthActivities(reading: EsfReading, month: string): EsfActivityRow[] {
  const { from, to } = daysOf(month);
  return activitiesIn(reading, from, to);
}

const SEAL_SQL = {
  known: `SELECT 1 FROM ${T.seals} WHERE seal_id = ?`,
  units: `SELECT unit FROM ${T.sealUnits} WHERE seal_id = ?`,
  unitRows: `SELECT ordinal, row FROM ${T.activities} WHERE unit = ?`,
  late: `SELECT position FROM ${T.sealLate} WHERE seal_id = ? ORDER BY position`,
  decisionsAfter: `SELECT row FROM ${T.decisions} WHERE decided_on BETWEEN ? AND ? AND position > ? ORDER BY position`,
  where: `SELECT stream, revision FROM ${T.dated} WHERE position = ?`,
};

/** Where each of these positions is stored (stream and revision), for the events of Momentum's modules. */
export function storedAt(
  reading: EsfReading,
  positions: Position[],
): Map<Position, { stream: string; revision: number }> {
  const found = new Map<Position, { stream: string; revision: number }>();
  for (const p of positions) {
    const row = prepared(reading.db, SEAL_SQL.where).get(p) as { stream: string; revision: number } | undefined;
    if (row) found.set(p, row);
  }
  return found;
}

/** What a seal's amendments need from the read model: the rows that may differ, and what to cite. */
export interface SealDelta {
  /** The rows, as sealed and now, of the units with events after the seal; the others are the same in both. */
  sealed: { activities: EsfActivityRow[]; decisions: EsfDecisionRow[] };
  now: { activities: EsfActivityRow[]; decisions: EsfDecisionRow[] };
  /** Positions after the seal of each stream in those units, up to the read model's position. */
  laterInStream: Map<string, Position[]>;
  /** Events after the seal whose world date lies in the sealed period, up to the read model's position. */
  datedInPeriod: Position[];
}

/**
 * A seal's amendments from the read model, reading only what changed after it: the units with
 * events after the sealed position, folded by their reporters as of the seal and now, and the
 * decisions recorded after it. Rows of every other unit are the same in the sealed report and now,
 * so they cannot differ. Null when the read model cannot answer: a seal it has not seen, or one
 * made by another report format (its decisions differ throughout).
 */
export function sealDeltaFromReadModel(
  reading: EsfReading,
  reporters: ReadonlyArray<{ module: string; reporter: ActivityReporter }>,
  seal: { sealId: string; position: Position; from: string; to: string; reportFormat: number },
): SealDelta | null {
  const { db } = reading;
  if (seal.reportFormat !== ESF_REPORT_FORMAT || !prepared(db, SEAL_SQL.known).get(seal.sealId)) return null;
  const nameOf = (id: string) => reading.persons.displayName(id);
  const inPeriod = (a: ReportedActivity) => a.heldOn >= seal.from && a.heldOn <= seal.to;
  const was: Array<{ ordinal: number; activity: EsfActivityRow }> = [];
  const is: Array<{ ordinal: number; activity: EsfActivityRow }> = [];
  const later: ReportedEvent[] = [];
  for (const { unit } of prepared(db, SEAL_SQL.units).all(seal.sealId) as Array<{ unit: string }>) {
    const reporter = reporterOfUnit(reporters, unit);
    if (!reporter) continue;
    const events = unitEvents(db, unit);
    later.push(
      ...events.filter(
        (e) => e.position > seal.position && reading.position !== null && e.position <= reading.position,
      ),
    );
    reporter.report(byStream(events.filter((e) => e.position <= seal.position))).forEach((a, ordinal) => {
      if (inPeriod(a)) was.push({ ordinal, activity: activityRow(a, nameOf) });
    });
    for (const { ordinal, row } of prepared(db, SEAL_SQL.unitRows).all(unit) as Array<{
      ordinal: number;
      row: string;
    }>) {
      const a = revivedActivity(row);
      if (inPeriod(a)) is.push({ ordinal, activity: activityRow(a, nameOf) });
    }
  }
  const laterInStream = new Map([...byStream(later)].map(([stream, es]) => [stream, es.map((e) => e.position)]));
  const decisions = (
    prepared(db, SEAL_SQL.decisionsAfter).all(seal.from, seal.to, seal.position) as Array<{ row: string }>
  ).map(({ row }) => decisionOf(reading, row));
  const datedInPeriod = (prepared(db, SEAL_SQL.late).all(seal.sealId) as Array<{ position: number | bigint }>)
    .map((r) => BigInt(r.position))
    .filter((p) => reading.position !== null && p <= reading.position);
  return {
    sealed: { activities: inReportOrder(was), decisions: [] },
    now: { activities: inReportOrder(is), decisions },
    laterInStream,
    datedInPeriod,
  };
}
