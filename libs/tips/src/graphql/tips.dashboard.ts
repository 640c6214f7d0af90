import {
  atMost,
  CellState,
  Figure,
  FigureCount,
  protectFigure,
  publishedCount,
  Relation,
  sumOf,
} from '@samverkan/core';
import { NO_ACTION_REASONS, noActionReasonLabel } from '../domain';
import { emptyFigures, FunnelCells, FunnelFigures, FunnelGrouping } from '../read-model/tips.funnel';
import { groupKeys } from './tips.mapping';
import { FunnelFiguresType, TipFunnelType } from './tips.types';

const GROUPINGS: FunnelGrouping[] = ['REGION', 'INDUSTRY', 'QUARTER'];
const COUNTS = [
  'impulses',
  'dismissedImpulses',
  'tips',
  'directActions',
  'indirectUses',
  'noActions',
  'awaitingOutcome',
] as const;
const OUTCOMES = ['directActions', 'indirectUses', 'noActions'] as const;

const count = (f: FunnelFigures, name: string) =>
  (f as unknown as Record<string, number>)[name] ?? f.noActionReasons[name] ?? 0;
const MEASURES = [...COUNTS, ...NO_ACTION_REASONS];

/** What any reader knows holds within one row of the funnel, whatever the data. */
function rowRelations(id: (name: string) => string): Relation[] {
  return [
    atMost([id('dismissedImpulses')], [id('impulses')]),
    ...[...OUTCOMES, 'awaitingOutcome'].map((n) => atMost([id(n)], [id('tips')])),
    ...OUTCOMES.map((n) => atMost([id('awaitingOutcome'), id(n)], [id('tips')])),
    atMost([id('tips')], [...OUTCOMES, 'awaitingOutcome'].map(id)),
    sumOf(id('noActions'), NO_ACTION_REASONS.map(id)),
  ];
}

/**
 * What the dashboard reads per region and per industry: how many impulses came in and how many tips
 * went out. What became of them (dismissals, outcomes, reasons) is read in the total and per
 * quarter only: per region it is "ej redovisad" for DASHBOARD, since those small columns cannot be
 * protected without hiding most of the table (or searching for seconds).
 */
const BROKEN_DOWN = ['impulses', 'tips'];

/**
 * The dashboard's funnel of a year is one figure across all three groupings: the same total is
 * the sum of the regions, of the industries and of the quarters, so a cell is hidden or shown
 * with all of them in view. Region and industry cells are sensitive; the total and the quarters
 * are not, but may be hidden as secondary cells when nothing else protects a small one.
 * The measures a region or industry does not report are not cells of the figure: an impulse or
 * tip moved between two groups takes its dismissal or outcomes along, so they follow from nothing
 * published, except where a single group holds them all (see `loneGroupsWithheld`).
 */
export function dashboardFunnelFigure(all: Record<FunnelGrouping, FunnelCells>, regions: string[]): Figure {
  // Where a region or industry is the only one listed, the total and the quarters are its own row
  // broken down: they are as sensitive as it is.
  const lone = (['REGION', 'INDUSTRY'] as const).some(
    (g) => groupKeys(g, [...all[g].groups.keys()], regions).length === 1,
  );
  const cells: FigureCount[] = MEASURES.map((m) => ({
    id: `total.${m}`,
    value: count(all.REGION.total, m),
    sensitive: lone,
  }));
  const relations: Relation[] = rowRelations((m) => `total.${m}`);
  for (const grouping of GROUPINGS) {
    const keys = groupKeys(grouping, [...all[grouping].groups.keys()], regions).map((g) => g.key);
    const reported = reportedMeasures(grouping);
    for (const key of keys) {
      const figures = all[grouping].groups.get(key) ?? emptyFigures();
      const id = (m: string) => `${grouping}:${key}.${m}`;
      const sensitive = grouping !== 'QUARTER' || lone;
      cells.push(...reported.map((m) => ({ id: id(m), value: count(figures, m), sensitive })));
      if (grouping === 'QUARTER') relations.push(...rowRelations(id));
      // An industry, or a region outside the configured ones, is listed only when something happened in it.
      if (grouping === 'INDUSTRY' || (grouping === 'REGION' && !regions.includes(key)))
        relations.push({
          terms: [
            { id: id('impulses'), coefficient: -1 },
            { id: id('tips'), coefficient: -1 },
          ],
          op: '<=',
          constant: -1,
        });
    }
    for (const m of reported)
      relations.push(
        sumOf(
          `total.${m}`,
          keys.map((key) => `${grouping}:${key}.${m}`),
        ),
      );
  }
  return { cells, relations };
}

function reportedMeasures(grouping: FunnelGrouping): readonly string[] {
  return grouping === 'QUARTER' ? MEASURES : BROKEN_DOWN;
}

export function dashboardFunnelStates(
  all: Record<FunnelGrouping, FunnelCells>,
  regions: string[],
): Map<string, CellState> {
  return loneGroupsWithheld(protectFigure(dashboardFunnelFigure(all, regions)), all, regions);
}

/**
 * Where one region (or industry) holds every impulse or every tip of the year, what became of
 * them there is the national total: its dismissals or outcomes could be read off the total row.
 * That column is then withheld in every group, so the impulses or tips could lie anywhere.
 * Withholding more only widens what a reader must consider, so the figure's protection holds.
 */
function loneGroupsWithheld(
  states: Map<string, CellState>,
  all: Record<FunnelGrouping, FunnelCells>,
  regions: string[],
): Map<string, CellState> {
  for (const grouping of ['REGION', 'INDUSTRY'] as const) {
    const keys = groupKeys(grouping, [...all[grouping].groups.keys()], regions).map((g) => g.key);
    for (const measure of BROKEN_DOWN) {
      const holding = keys.filter((key) => count(all[grouping].groups.get(key) ?? emptyFigures(), measure) > 0);
      if (holding.length === 1) for (const key of keys) states.set(`${grouping}:${key}.${measure}`, 'withheld');
    }
  }
  return states;
}

export function toDashboardTipFunnel(
  year: number,
  grouping: FunnelGrouping,
  all: Record<FunnelGrouping, FunnelCells>,
  regions: string[],
): TipFunnelType {
  const states = dashboardFunnelStates(all, regions);
  const figures = (f: FunnelFigures, prefix: string): FunnelFiguresType => {
    // A measure a region or industry does not report is no cell of the figure: "ej redovisad".
    const c = (m: string) => publishedCount(count(f, m), states.get(`${prefix}.${m}`) ?? 'withheld');
    return {
      ...(Object.fromEntries(COUNTS.map((m) => [m, c(m)])) as Omit<FunnelFiguresType, 'noActionReasons'>),
      noActionReasons: NO_ACTION_REASONS.map((reason) => ({
        reason,
        label: noActionReasonLabel[reason],
        count: c(reason),
      })),
    };
  };
  const groups = groupKeys(grouping, [...all[grouping].groups.keys()], regions).map(({ key, label }) => ({
    key,
    label,
    figures: figures(all[grouping].groups.get(key) ?? emptyFigures(), `${grouping}:${key}`),
  }));
  return { year, groupBy: grouping, total: figures(all[grouping].total, 'total'), groups, suppressed: true };
}
