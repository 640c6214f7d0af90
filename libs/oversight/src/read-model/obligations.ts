import {
  addDays,
  daysBetween,
  DIALOGUE_OUTCOMES_DUE_DAYS,
  IsoDate,
  JOINT,
  MODULE_OF,
  ObligationKind,
  ObligationModule,
  obligationIdFor,
  Owner,
} from '../domain';
import { OverdueMark, TrackedDoc } from './tracked.documents';

/** What the environment decides about due dates. */
export interface ObligationSettings {
  /** AV's outcome of a sent tip is due this many days after sending (TIP_OUTCOME_DUE_DAYS). */
  tipOutcomeDueDays: number;
}

/** An open duty: who owes what, since when, by when. */
export interface Obligation {
  obligationId: string;
  kind: ObligationKind;
  module: ObligationModule;
  owner: Owner;
  title: string;
  sourceStream: string;
  sourceId: string;
  /** When the duty arose. */
  since: IsoDate;
  dueOn: IsoDate;
}

export interface ObligationView extends Obligation {
  overdue: boolean;
  /** Days past the due date; 0 when not overdue. */
  daysOverdue: number;
  /** The system's timeline record that it went overdue, once made. */
  mark: OverdueMark | null;
}

function obligation(
  kind: ObligationKind,
  sourceStream: string,
  sourceId: string,
  rest: Pick<Obligation, 'owner' | 'title' | 'since' | 'dueOn'>,
  id: string[],
): Obligation {
  return { obligationId: obligationIdFor(kind, ...id), kind, module: MODULE_OF[kind], sourceStream, sourceId, ...rest };
}

/** The open obligations one tracked stream holds (none for streams that owe nothing). */
export function obligationsOf(doc: TrackedDoc, stream: string, settings: ObligationSettings): Obligation[] {
  switch (doc.category) {
    case 'tip':
      if (doc.sentOn === null || doc.outcomeOn !== null) return [];
      return [
        obligation(
          'TIP_OUTCOME',
          stream,
          doc.tipId,
          {
            owner: 'AV',
            title: `Utfall för tips om ${doc.employerName}`,
            since: doc.sentOn,
            dueOn: addDays(doc.sentOn, settings.tipOutcomeDueDays),
          },
          [doc.tipId],
        ),
      ];
    case 'jointAction':
      if (doc.status !== 'OPEN') return [];
      return [
        obligation(
          'JOINT_ACTION',
          stream,
          doc.jointActionId,
          { owner: doc.owner, title: doc.title, since: doc.agreedOn, dueOn: doc.dueDate },
          [doc.jointActionId],
        ),
      ];
    case 'plan':
      if (!doc.adopted) return [];
      return doc.activities
        .filter((a) => a.since !== null && (a.status === 'PLANNED' || a.status === 'IN_PROGRESS'))
        .map((a) =>
          obligation(
            'PLAN_ACTIVITY',
            stream,
            a.activityId,
            { owner: a.owner, title: a.title, since: a.since!, dueOn: a.dueDate },
            [String(doc.year), a.activityId],
          ),
        );
    case 'dialogueMeeting':
      if (doc.heldOn === null || doc.cancelled || doc.outcomesOn !== null) return [];
      return [
        obligation(
          'DIALOGUE_OUTCOMES',
          stream,
          doc.meetingId,
          {
            owner: JOINT,
            title: `Utfall efter dialogmöte i ${doc.area} ${doc.heldOn}`,
            since: doc.heldOn,
            dueOn: addDays(doc.heldOn, DIALOGUE_OUTCOMES_DUE_DAYS),
          },
          [doc.meetingId],
        ),
      ];
    default:
      return [];
  }
}

/**
 * Overdue once today (in Stockholm) is after the due date: the due date itself is still in time.
 * Written out, not `{ ...o, overdue, … }`: one per open obligation, and keys added after a spread
 * take V8's slow path on Node 20 (bench/README.md).
 */
export function viewOf(o: Obligation, today: IsoDate, mark: OverdueMark | null): ObligationView {
  const overdue = today > o.dueOn;
  return {
    obligationId: o.obligationId,
    kind: o.kind,
    module: o.module,
    owner: o.owner,
    title: o.title,
    sourceStream: o.sourceStream,
    sourceId: o.sourceId,
    since: o.since,
    dueOn: o.dueOn,
    overdue,
    daysOverdue: overdue ? daysBetween(o.dueOn, today) : 0,
    mark,
  };
}

export interface ObligationFilter {
  owner?: string;
  module?: ObligationModule;
  overdueOnly?: boolean;
}

export function matches(o: ObligationView, filter: ObligationFilter): boolean {
  return (
    (filter.owner === undefined || o.owner === filter.owner) &&
    (filter.module === undefined || o.module === filter.module) &&
    (!filter.overdueOnly || o.overdue)
  );
}

/** Soonest due first, then by id: stable, so a cursor (due date and id) always finds its place. */
export function byDueDate(a: Obligation, b: Obligation): number {
  const [x, y] = [cursorKey(a), cursorKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function cursorKey(o: Obligation): string {
  return `${o.dueOn}|${o.obligationId}`;
}

export function isAfter(o: Obligation, key: string): boolean {
  return cursorKey(o) > key;
}

export interface ObligationCountCell {
  module: ObligationModule;
  owner: Owner;
  open: number;
  overdue: number;
}

/** Open and overdue obligations per module and owner, in a stable order. */
export function countObligations(obligations: ObligationView[]): ObligationCountCell[] {
  const cells = new Map<string, ObligationCountCell>();
  for (const o of obligations) {
    const key = `${o.module}|${o.owner}`;
    const cell = cells.get(key) ?? { module: o.module, owner: o.owner, open: 0, overdue: 0 };
    cell.open += 1;
    if (o.overdue) cell.overdue += 1;
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => a.module.localeCompare(b.module) || a.owner.localeCompare(b.owner));
}
