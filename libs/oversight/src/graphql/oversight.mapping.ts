import { protectFromDifferencing, smallCount } from '@samverkan/core';
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
    id: obligationId, kind, module, owner, title, sourceStream, sourceId, since, dueOn, overdue, daysOverdue,
    overdueRecord: mark ? { recordedAt: new Date(mark.markedAt), eventId: mark.event.eventId, position: mark.event.position, stream: mark.event.stream } : null,
  };
}

/** Cells per module and owner; for the DASHBOARD role small cells are suppressed (the core rule tipFunnel uses too). */
export function toObligationCounts(obligations: ObligationView[], today: string, suppress: boolean): ObligationCountsType {
  const cells = countObligations(obligations).map((cell) => ({
    module: cell.module,
    owner: cell.owner,
    open: smallCount(cell.open, suppress),
    overdue: smallCount(cell.overdue, suppress),
  }));
  if (suppress) protectFromDifferencing([cells.map((c) => c.open), cells.map((c) => c.overdue)]);
  return {
    today,
    totalOpen: obligations.length,
    totalOverdue: obligations.filter((o) => o.overdue).length,
    cells,
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
