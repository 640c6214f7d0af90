import type Database from 'better-sqlite3';
import { prepared, type PersonDirectory } from '@samverkan/core';
import type { ActivityReporter, ReportedActivity, ReportedEvent } from '@samverkan/core/domain';
import type { Position } from '@samverkan/event-store';
import { MonthReport, MonthStanding, monthStandings } from '../participants/month-status';
import { activitiesHash } from './esf-content';
import { ESF_REPORT_FORMAT } from './report-format';
import { ESF_TABLES as T, revivedActivity } from './esf.projection';
import {
  activityRow,
  byHeldOn,
  EsfActivityRow,
  EsfDecisionRow,
  EsfPeriod,
  EsfReport,
  reportTotals,
  StoredDecisionRow,
  withDecider,
} from './esf-report';
import type { MonthParticipants, StoredMonthReport } from './esf-rows';
import type { DecidedBy } from './trail-events';

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
  return (prepared(reading.db, SQL.rows).all(from, to) as Array<{ ordinal: number; row: string }>)
    .map(({ ordinal, row }) => ({ ordinal, activity: activityRow(revivedActivity(row), nameOf) }))
    .sort((a, b) => byHeldOn(a.activity, b.activity) || a.ordinal - b.ordinal)
    .map((r) => r.activity);
}

/**
 * The ESF report for a period as the read model holds it at its position: what `buildEsfReport`
 * gives at that position, by the current report format, read from the period's rows alone.
 */
export function esfReportFromReadModel(reading: EsfReading, period: EsfPeriod): EsfReport {
  const activities = activitiesIn(reading, period.from, period.to);
  const nameOf = (id: string) => reading.persons.displayName(id);
  const decisions = (prepared(reading.db, SQL.decisions).all(period.from, period.to) as Array<{ row: string }>).map(
    ({ row }) => {
      const stored = JSON.parse(row) as StoredDecisionRow & { position: string };
      return withDecider({ ...stored, position: BigInt(stored.position) }, nameOf);
    },
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
      reportedBy: stored
        ? {
            personId: actor?.id ?? '',
            name: actor ? reading.persons.displayName(actor.id) : null,
            organisation: actor?.organisation ?? '',
            role: actor?.role ?? '',
          }
        : null,
      reason: stored?.reason ?? null,
    };
  });
}

/** One month's rows, names joined now. */
export function monthActivities(reading: EsfReading, month: string): EsfActivityRow[] {
  return activitiesIn(reading, `${month}-01`, `${month}-31`);
}

const SEAL_SQL = {
  known: `SELECT 1 FROM ${T.seals} WHERE seal_id = ?`,
  units: `SELECT unit FROM ${T.sealUnits} WHERE seal_id = ?`,
  unitEvents: `SELECT position, event FROM ${T.input} WHERE unit = ? ORDER BY position`,
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
  const ordered = (rows: Array<{ ordinal: number; activity: EsfActivityRow }>) =>
    rows.sort((a, b) => byHeldOn(a.activity, b.activity) || a.ordinal - b.ordinal).map((r) => r.activity);
  const was: Array<{ ordinal: number; activity: EsfActivityRow }> = [];
  const is: Array<{ ordinal: number; activity: EsfActivityRow }> = [];
  const laterInStream = new Map<string, Position[]>();
  for (const { unit } of prepared(db, SEAL_SQL.units).all(seal.sealId) as Array<{ unit: string }>) {
    const module = unit.slice(0, unit.indexOf(':'));
    const reporter = reporters.find((r) => r.module === module)?.reporter;
    if (!reporter) continue;
    const upToSeal = new Map<string, ReportedEvent[]>();
    for (const row of prepared(db, SEAL_SQL.unitEvents).all(unit) as Array<{ event: string }>) {
      const e = JSON.parse(row.event) as ReportedEvent;
      const position = BigInt(e.position as unknown as string);
      if (position > seal.position) {
        if (reading.position !== null && position <= reading.position)
          laterInStream.set(e.stream, [...(laterInStream.get(e.stream) ?? []), position]);
        continue;
      }
      upToSeal.set(e.stream, [...(upToSeal.get(e.stream) ?? []), { ...e, position }]);
    }
    reporter.report(upToSeal).forEach((a, ordinal) => {
      if (inPeriod(a)) was.push({ ordinal, activity: activityRow(a, nameOf) });
    });
    for (const { ordinal, row } of prepared(db, `SELECT ordinal, row FROM ${T.activities} WHERE unit = ?`).all(
      unit,
    ) as Array<{ ordinal: number; row: string }>) {
      const a = revivedActivity(row);
      if (inPeriod(a)) is.push({ ordinal, activity: activityRow(a, nameOf) });
    }
  }
  const decisions = (
    prepared(db, SEAL_SQL.decisionsAfter).all(seal.from, seal.to, seal.position) as Array<{ row: string }>
  ).map(({ row }) => {
    const stored = JSON.parse(row) as StoredDecisionRow & { position: string };
    return withDecider({ ...stored, position: BigInt(stored.position) }, nameOf);
  });
  const datedInPeriod = (prepared(db, SEAL_SQL.late).all(seal.sealId) as Array<{ position: number | bigint }>)
    .map((r) => BigInt(r.position))
    .filter((p) => reading.position !== null && p <= reading.position);
  return {
    sealed: { activities: ordered(was), decisions: [] },
    now: { activities: ordered(is), decisions },
    laterInStream,
    datedInPeriod,
  };
}
