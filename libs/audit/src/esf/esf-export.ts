import { stringify } from 'csv-stringify/sync';
import { EsfReport } from './esf-report';

const COLUMNS = [
  'section',
  'date',
  'deliverable',
  'id',
  'stream',
  'title',
  'format',
  'organiser',
  'organisations',
  'managers',
  'hr',
  'other',
  'named_people',
  'participants_total',
  'decided_by',
  'reason',
  'source_positions',
];

/**
 * One CSV table for a spreadsheet: an ACTIVITY line per activity held and a DECISION line per
 * decision, each ending in the store positions it was read from. Organisations whose head counts
 * the trail does not record are marked "(antal ej registrerat)".
 */
export function esfReportCsv(report: EsfReport): string {
  const activities = report.activities.map((a) => [
    'ACTIVITY',
    a.heldOn,
    a.deliverable,
    a.activityId,
    a.stream,
    a.title,
    a.format,
    a.organiser,
    a.organisations
      .map((o) => `${o.name ?? o.organisation} (${o.organisation})${o.participants ? '' : ' (antal ej registrerat)'}`)
      .join('; '),
    a.participants.MANAGER,
    a.participants.HR,
    a.participants.OTHER,
    a.participants.named,
    a.participants.total,
    '',
    '',
    a.sources.join(' '),
  ]);
  const decisions = report.decisions.map((d) => [
    'DECISION',
    d.decidedOn,
    d.module,
    d.eventId,
    d.stream,
    d.summary,
    d.type,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    `${d.decidedBy.name ?? d.decidedBy.personId} (${d.decidedBy.role}, ${d.decidedBy.organisation})`,
    d.reason ?? '',
    d.position.toString(),
  ]);
  return stringify([...activities, ...decisions], { header: true, columns: COLUMNS });
}

/** The report as JSON, positions as strings (they are 64-bit). */
export function esfReportJson(report: EsfReport): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);
}
