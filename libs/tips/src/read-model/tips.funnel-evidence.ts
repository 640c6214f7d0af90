import type Database from 'better-sqlite3';
import { Evidence, FigureCell, FigureExplainer, InputValidationError, yearOfCell } from '@samverkan/core';
import { FunnelGrouping, keyExpression } from './tips.funnel';
import { IMPULSE_TABLE, TIP_TABLE } from './tips.tables';

/**
 * Each count of the funnel is a count of impulse or tip rows; each row is explained by the event
 * that put it in the count, with the same WHERE the funnel groups by.
 */
const MEASURES: Record<string, { table: 'impulse' | 'tip'; where: string; type: string; last?: boolean }> = {
  impulses: { table: 'impulse', where: '1', type: 'ImpulseReported' },
  dismissedImpulses: { table: 'impulse', where: "status = 'DISMISSED'", type: 'ImpulseDismissed', last: true },
  tips: { table: 'tip', where: '1', type: 'TipSent' },
  directActions: { table: 'tip', where: 'direct_actions > 0', type: 'DirectActionRecorded' },
  indirectUses: { table: 'tip', where: 'indirect_use', type: 'IndirectUseRecorded' },
  noActions: { table: 'tip', where: 'no_action_reason IS NOT NULL', type: 'NoActionRecorded', last: true },
  awaitingOutcome: {
    table: 'tip',
    where: 'direct_actions = 0 AND indirect_use = 0 AND no_action_reason IS NULL',
    type: 'TipSent',
  },
};

const GROUPINGS: FunnelGrouping[] = ['REGION', 'INDUSTRY', 'QUARTER'];

export function funnelExplainer(db: () => Database.Database): FigureExplainer {
  return {
    figure: 'tipFunnel',
    measures: Object.keys(MEASURES),
    evidence(cell: FigureCell): Evidence[] {
      const year = yearOfCell(cell, 'the funnel');
      const measure = MEASURES[cell.measure];
      const impulses = measure.table === 'impulse';
      const dateColumn = impulses ? 'reported_on' : 'sent_on';
      const where = [`${dateColumn} IS NOT NULL AND substr(${dateColumn}, 1, 4) = @year`, `(${measure.where})`];
      const params: Record<string, unknown> = { year: String(year) };
      if (cell.key !== undefined) {
        const grouping = cell.groupBy as FunnelGrouping;
        if (!GROUPINGS.includes(grouping))
          throw new InputValidationError([
            { field: 'cell.groupBy', messages: [`groupBy must be one of ${GROUPINGS.join(', ')}`] },
          ]);
        where.push(`(${keyExpression(grouping, dateColumn)}) = @key`);
        params.key = cell.key;
      }
      const rows = db()
        .prepare(
          `SELECT id FROM ${impulses ? IMPULSE_TABLE : TIP_TABLE} WHERE ${where.join(' AND ')} ORDER BY position`,
        )
        .all(params) as { id: string }[];
      return rows.map(({ id }) => ({
        stream: `${impulses ? 'impulse' : 'tip'}-${id}`,
        type: measure.type,
        last: measure.last,
      }));
    },
  };
}
