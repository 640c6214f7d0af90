import { ParticipantFileLine } from '../esf/esf-file';
import type { EsfActivityRow } from '../esf/esf-report';

/**
 * One line of a month's participant report: an organisation at an activity, or the month's total.
 * The file's line, as the API gives it: of a known kind, with the organisation's name or null.
 * `countRecorded` is false where the trail records presence, not head counts (the knowledge group).
 */
export interface ParticipantLine extends ParticipantFileLine {
  line: 'ORGANISATION' | 'NAMED' | 'TOTAL';
  organisationName: string | null;
  sources: string[];
}

type LineCounts = Pick<ParticipantLine, 'managers' | 'hr' | 'other' | 'named'>;

/**
 * An activity's line, written out: a month has a line per activity and organisation, and on Node 20
 * `{ ...base, line, … }` (keys the base lacks) takes V8's slow path, ~1 µs a line (bench/README.md).
 */
function lineOf(
  a: EsfActivityRow,
  sources: string[],
  line: 'ORGANISATION' | 'NAMED',
  organisation: string,
  organisationName: string | null,
  countRecorded: boolean,
  c: LineCounts,
): ParticipantLine {
  return {
    date: a.heldOn,
    deliverable: a.deliverable,
    activityId: a.activityId,
    stream: a.stream,
    title: a.title,
    format: a.format,
    organiser: a.organiser,
    sources,
    line,
    organisation,
    organisationName,
    countRecorded,
    managers: c.managers,
    hr: c.hr,
    other: c.other,
    named: c.named,
    total: c.managers + c.hr + c.other + c.named,
  };
}

/**
 * A month's lines: per activity, one line per participating organisation with its counts by role,
 * and one per organisation of its named guests and speakers (counted; names are read separately);
 * then one TOTAL line.
 */
export function participantLines(month: string, activities: readonly EsfActivityRow[]): ParticipantLine[] {
  const lines: ParticipantLine[] = [];
  for (const a of activities) {
    const sources = a.sources.map(String);
    for (const o of a.organisations) {
      const c = o.participants ?? { MANAGER: 0, HR: 0, OTHER: 0 };
      lines.push(
        lineOf(a, sources, 'ORGANISATION', o.organisation, o.name, o.participants !== null, {
          managers: c.MANAGER,
          hr: c.HR,
          other: c.OTHER,
          named: 0,
        }),
      );
    }
    const named = new Map<string, number>();
    for (const p of a.namedPeople) named.set(p.organisation, (named.get(p.organisation) ?? 0) + 1);
    for (const [organisation, count] of named) {
      lines.push(lineOf(a, sources, 'NAMED', organisation, null, true, { managers: 0, hr: 0, other: 0, named: count }));
    }
  }
  const sum = (key: 'managers' | 'hr' | 'other' | 'named' | 'total') => lines.reduce((n, l) => n + l[key], 0);
  lines.push({
    line: 'TOTAL',
    date: month,
    deliverable: '',
    activityId: '',
    stream: '',
    title: `${activities.length} aktiviteter`,
    format: '',
    organiser: '',
    organisation: '',
    organisationName: null,
    countRecorded: true,
    managers: sum('managers'),
    hr: sum('hr'),
    other: sum('other'),
    named: sum('named'),
    total: sum('total'),
    sources: [],
  });
  return lines;
}
