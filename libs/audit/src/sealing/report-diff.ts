import type { Position } from '@samverkan/event-store';
import { REPORTED_ROLES, RoleCounts } from '@samverkan/core/domain';
import type { EsfActivityRow, EsfDecisionRow } from '../esf/esf-report';

export type AmendmentChange = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface FieldChange {
  /** e.g. `participants.managers`, `organisations[232100-0131].hr`, `heldOn`, `sources`. */
  field: string;
  before: string | null;
  after: string | null;
}

/** One line of a report that differs between two moments, with the later events that caused it. */
export interface RowAmendment {
  section: 'ACTIVITY' | 'DECISION';
  change: AmendmentChange;
  stream: string;
  /** The activity's id, or the decision's event id. */
  id: string;
  date: string;
  title: string;
  fields: FieldChange[];
  causes: Position[];
}

const ROLE_FIELD: Record<string, string> = {
  MANAGER: 'managers',
  HR: 'hr',
  OTHER: 'other',
  named: 'named',
  total: 'total',
};
const activityKey = (a: EsfActivityRow) => `${a.stream}#${a.activityId}`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Field by field, what differs between two versions of one activity row (names left out). */
export function activityChanges(before: EsfActivityRow, after: EsfActivityRow): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (field: string, b: unknown, a: unknown) => {
    if (str(b) !== str(a)) changes.push({ field, before: str(b), after: str(a) });
  };
  for (const field of ['title', 'format', 'heldOn', 'organiser'] as const) compare(field, before[field], after[field]);
  for (const role of [...REPORTED_ROLES, 'named', 'total'] as const) {
    compare(`participants.${ROLE_FIELD[role]}`, before.participants[role], after.participants[role]);
  }
  const orgs = (row: EsfActivityRow) => new Map(row.organisations.map((o) => [o.organisation, o.participants]));
  const [was, is] = [orgs(before), orgs(after)];
  for (const organisation of new Set([...was.keys(), ...is.keys()])) {
    const count = (m: Map<string, RoleCounts | null>, role: string) =>
      !m.has(organisation)
        ? null
        : m.get(organisation) === null
          ? 'antal ej registrerat'
          : m.get(organisation)![role as keyof RoleCounts];
    for (const role of REPORTED_ROLES)
      compare(`organisations[${organisation}].${ROLE_FIELD[role]}`, count(was, role), count(is, role));
  }
  const people = (row: EsfActivityRow) =>
    row.namedPeople
      .map((p) => `${p.personId} (${p.organisation})`)
      .sort()
      .join('; ');
  compare('namedPeople', people(before) || null, people(after) || null);
  compare('sources', before.sources.join(' '), after.sources.join(' '));
  return changes;
}

/**
 * The rows of a report as of a sealed position against the same report now: activities added,
 * removed or changed, and decisions added or removed. Each cites the events after the sealed
 * position that caused it: a row's sources past that position, or, for a row that is gone, the
 * later events of its stream.
 */
export function diffReports(
  sealed: { activities: EsfActivityRow[]; decisions: EsfDecisionRow[]; position: Position },
  now: { activities: EsfActivityRow[]; decisions: EsfDecisionRow[] },
  laterInStream: (stream: string) => Position[],
): RowAmendment[] {
  const after = (positions: Position[]) => positions.filter((p) => p > sealed.position);
  const amendments: RowAmendment[] = [];
  const was = new Map(sealed.activities.map((a) => [activityKey(a), a]));
  const is = new Map(now.activities.map((a) => [activityKey(a), a]));
  const line = (
    a: EsfActivityRow,
    change: AmendmentChange,
    fields: FieldChange[],
    causes: Position[],
  ): RowAmendment => ({
    section: 'ACTIVITY',
    stream: a.stream,
    id: a.activityId,
    date: a.heldOn,
    title: a.title,
    change,
    fields,
    causes,
  });
  for (const [key, a] of is) {
    const before = was.get(key);
    if (!before) amendments.push(line(a, 'ADDED', [], after(a.sources)));
    else {
      const fields = activityChanges(before, a);
      if (fields.length > 0) amendments.push(line(a, 'CHANGED', fields, after(a.sources)));
    }
  }
  for (const [key, a] of was) {
    if (!is.has(key)) amendments.push(line(a, 'REMOVED', [], after(laterInStream(a.stream))));
  }
  const decided = new Set(sealed.decisions.map((d) => d.eventId));
  const deciding = new Set(now.decisions.map((d) => d.eventId));
  const decision = (d: EsfDecisionRow, change: AmendmentChange, causes: Position[]): RowAmendment => ({
    section: 'DECISION',
    change,
    stream: d.stream,
    id: d.eventId,
    date: d.decidedOn,
    title: d.summary,
    fields: [],
    causes,
  });
  for (const d of now.decisions)
    if (!decided.has(d.eventId)) amendments.push(decision(d, 'ADDED', after([d.position])));
  for (const d of sealed.decisions)
    if (!deciding.has(d.eventId)) amendments.push(decision(d, 'REMOVED', after(laterInStream(d.stream))));
  return amendments;
}
