import type Database from 'better-sqlite3';
import { prepared, type PersonDirectory } from '@samverkan/core';
import type { Position } from '@samverkan/event-store';
import { MonthReport, MonthStanding, monthStandings } from '../participants/month-status';
import { activitiesHash } from './esf-content';
import { ESF_TABLES as T, revivedActivity } from './esf.projection';
import {
  activityRow,
  byHeldOn,
  EsfActivityRow,
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
