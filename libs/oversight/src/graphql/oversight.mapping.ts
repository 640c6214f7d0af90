import { atMost, CellState, protectFigure, publishedCount, sumOf } from '@samverkan/core';
import { obligationKindLabel } from '../domain';
import { countObligations, ObligationView } from '../read-model/obligations';
import { Expectation } from '../read-model/plan-versus-actual';
import { ObligationCountsType, ObligationType, PlanVersusActualType } from './oversight.types';

/**
 * `readable`: whether the reader may read the owing entity's module. The title quotes it (a tip's
 * employer, a joint action's title), so others get the kind of duty instead: one rule, whatever the view.
 */
export function toObligationType(o: ObligationView, readable: boolean): ObligationType {
  const { obligationId, kind, module, owner, sourceStream, sourceId, since, dueOn, overdue, daysOverdue, mark } = o;
  const label = obligationKindLabel[kind];
  const title = readable ? o.title : label.charAt(0).toUpperCase() + label.slice(1);
  return {
    id: obligationId,
    kind,
    module,
    owner,
    title,
    sourceStream,
    sourceId,
    since,
    dueOn,
    overdue,
    daysOverdue,
    overdueRecord: mark
      ? {
          recordedAt: new Date(mark.markedAt),
          eventId: mark.event.eventId,
          position: mark.event.position,
          stream: mark.event.stream,
        }
      : null,
  };
}

/**
 * Cells per module and owner. For DASHBOARD, counts of 1–4 are suppressed and the cells and totals
 * protected together: the totals are the sums, an overdue obligation is an open one, and a cell is
 * listed only when it has an open obligation; a total is hidden when nothing else protects.
 */
export function toObligationCounts(
  obligations: ObligationView[],
  today: string,
  suppress: boolean,
): ObligationCountsType {
  const counted = countObligations(obligations);
  const totalOpen = obligations.length;
  const totalOverdue = obligations.filter((o) => o.overdue).length;
  const key = (c: { module: string; owner: string }, name: string) => `${c.module}|${c.owner}.${name}`;
  const states: Map<string, CellState> = suppress
    ? protectFigure({
        cells: [
          { id: 'totalOpen', value: totalOpen, sensitive: false },
          { id: 'totalOverdue', value: totalOverdue, sensitive: false },
          ...counted.flatMap((c) => [
            { id: key(c, 'open'), value: c.open, sensitive: true, lower: 1 },
            { id: key(c, 'overdue'), value: c.overdue, sensitive: true },
          ]),
        ],
        relations: [
          sumOf(
            'totalOpen',
            counted.map((c) => key(c, 'open')),
          ),
          sumOf(
            'totalOverdue',
            counted.map((c) => key(c, 'overdue')),
          ),
          atMost(['totalOverdue'], ['totalOpen']),
          ...counted.map((c) => atMost([key(c, 'overdue')], [key(c, 'open')])),
        ],
      })
    : new Map();
  return {
    today,
    totalOpen: publishedCount(totalOpen, states.get('totalOpen')),
    totalOverdue: publishedCount(totalOverdue, states.get('totalOverdue')),
    cells: counted.map((c) => ({
      module: c.module,
      owner: c.owner,
      open: publishedCount(c.open, states.get(key(c, 'open'))),
      overdue: publishedCount(c.overdue, states.get(key(c, 'overdue'))),
    })),
    suppressed: suppress,
  };
}

export function toPlanVersusActual(year: number, today: string, expectations: Expectation[]): PlanVersusActualType {
  const count = (status: Expectation['status']) => expectations.filter((e) => e.status === status).length;
  return {
    year,
    today,
    tally: { met: count('MET'), onTrack: count('ON_TRACK'), atRisk: count('AT_RISK'), missed: count('MISSED') },
    expectations: expectations.map((e) => ({ ...e, evidence: e.evidence.map((ref) => ({ ...ref })) })),
  };
}
