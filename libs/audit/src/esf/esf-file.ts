/*
 * The ESF report's and a month's participant files, from the report as the API gives it. Pure (no
 * Node, no Nest, no Buffer): `cli export` and the web app's download both write their files with
 * these functions, so a file from the browser and one from the shell hold the same bytes.
 */

type CsvValue = string | number | null | undefined;

/**
 * RFC 4180 as csv-stringify writes it by default (which the files were first written with, and
 * which needs Node's Buffer): a field is quoted where it holds a comma, a quote or a line break,
 * quotes doubled; every record ends in a line feed.
 */
export function csvOf(columns: readonly string[], rows: readonly CsvValue[][]): string {
  const field = (value: CsvValue) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows].map((row) => `${row.map(field).join(',')}\n`).join('');
}

interface Counts {
  managers: number;
  hr: number;
  other: number;
}
type Totals = Counts & { named: number; total: number };

/** What names an activity in the ESF files and on each line of a month's participant report. */
export interface EsfActivityNaming {
  deliverable: string;
  activityId: string;
  stream: string;
  title: string;
  format: string;
  organiser: string;
}

export interface EsfFileActivity extends EsfActivityNaming {
  heldOn: string;
  organisations: ReadonlyArray<{ organisation: string; name?: string | null; participants?: Counts | null }>;
  namedPeople: ReadonlyArray<{ personId: string; name?: string | null; organisation: string }>;
  participants: Totals;
  sources: readonly string[];
}

export interface EsfFileDecision {
  decidedOn: string;
  module: string;
  eventId: string;
  stream: string;
  type: string;
  summary: string;
  reason?: string | null;
  decidedBy: { personId: string; name?: string | null; organisation: string; role: string };
  position: string;
}

/** The report with positions as decimal strings (they are 64-bit): the API's EsfReportType. */
export interface EsfFileReport {
  from: string;
  to: string;
  position?: string | null;
  activities: readonly EsfFileActivity[];
  decisions: readonly EsfFileDecision[];
  activitiesByDeliverable: ReadonlyArray<{ deliverable: string; activities: number }>;
  participants: Totals;
}

const ESF_COLUMNS = [
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
export function esfReportCsv(report: EsfFileReport): string {
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
    a.participants.managers,
    a.participants.hr,
    a.participants.other,
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
    d.position,
  ]);
  return csvOf(ESF_COLUMNS, [...activities, ...decisions]);
}

const counts = (c: Counts) => ({ managers: c.managers, hr: c.hr, other: c.other });
const totals = (c: Totals) => ({ managers: c.managers, hr: c.hr, other: c.other, named: c.named, total: c.total });

/**
 * The report as JSON. Fields are picked in a fixed order, so the bytes do not depend on how the
 * caller's objects were built (a GraphQL client's field order, its `__typename`s).
 */
export function esfReportJson(report: EsfFileReport): string {
  const file = {
    from: report.from,
    to: report.to,
    position: report.position ?? null,
    // Written out, field by field: keys added after a spread take V8's slow path on Node 20.
    activities: report.activities.map((a) => ({
      heldOn: a.heldOn,
      deliverable: a.deliverable,
      activityId: a.activityId,
      stream: a.stream,
      title: a.title,
      format: a.format,
      organiser: a.organiser,
      organisations: a.organisations.map((o) => ({
        organisation: o.organisation,
        name: o.name ?? null,
        participants: o.participants ? counts(o.participants) : null,
      })),
      namedPeople: a.namedPeople.map((p) => ({
        personId: p.personId,
        name: p.name ?? null,
        organisation: p.organisation,
      })),
      participants: totals(a.participants),
      sources: [...a.sources],
    })),
    decisions: report.decisions.map((d) => ({
      decidedOn: d.decidedOn,
      module: d.module,
      eventId: d.eventId,
      stream: d.stream,
      type: d.type,
      summary: d.summary,
      reason: d.reason ?? null,
      decidedBy: {
        personId: d.decidedBy.personId,
        name: d.decidedBy.name ?? null,
        organisation: d.decidedBy.organisation,
        role: d.decidedBy.role,
      },
      position: d.position,
    })),
    activitiesByDeliverable: report.activitiesByDeliverable.map((d) => ({
      deliverable: d.deliverable,
      activities: d.activities,
    })),
    participants: totals(report.participants),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One line of a month's participant report: the API's ParticipantLine. */
export interface ParticipantFileLine extends EsfActivityNaming {
  line: string;
  date: string;
  organisation: string;
  organisationName?: string | null;
  countRecorded: boolean;
  managers: number;
  hr: number;
  other: number;
  named: number;
  total: number;
  sources: readonly string[];
}

const MONTH_COLUMNS = [
  'line',
  'date',
  'deliverable',
  'activity_id',
  'stream',
  'title',
  'format',
  'organiser',
  'organisation',
  'organisation_name',
  'managers',
  'hr',
  'other',
  'named_people',
  'participants_total',
  'source_positions',
];

/** The month's lines as one CSV table; organisations without head counts say "antal ej registrerat". */
export function participantMonthCsv(lines: readonly ParticipantFileLine[]): string {
  return csvOf(
    MONTH_COLUMNS,
    lines.map((l) => [
      l.line,
      l.date,
      l.deliverable,
      l.activityId,
      l.stream,
      l.title,
      l.format,
      l.organiser,
      l.organisation,
      `${l.organisationName ?? ''}${l.countRecorded ? '' : ' (antal ej registrerat)'}`.trim(),
      ...(l.countRecorded ? [l.managers, l.hr, l.other] : ['', '', '']),
      l.named,
      l.total,
      l.sources.join(' '),
    ]),
  );
}
