import fc from 'fast-check';
import { NO_ACTION_REASONS } from '../../../libs/tips/src/domain';
import {
  emptyFigures,
  FunnelCells,
  FunnelFigures,
  FunnelGrouping,
} from '../../../libs/tips/src/read-model/tips.funnel';
import { toDashboardTipFunnel } from '../../../libs/tips/src/graphql/tips.dashboard';
import type { SmallCount } from '@samverkan/core';
import { TipFunnelType } from '../../../libs/tips/src/graphql/tips.types';
import { FUNNEL_COUNTS } from '../../support/dashboard-measures';
import { atMost, determinedCells, Known, Reading, sum, valuesOf } from '../../support/small-number-attack';

const REGIONS = ['Gotland', 'Skåne', 'Uppsala'];
const SECTIONS = ['A', 'C', 'F'];
const GROUPINGS: FunnelGrouping[] = ['REGION', 'INDUSTRY', 'QUARTER'];
const REASONS = NO_ACTION_REASONS.slice(0, 3);

const place = {
  region: fc.constantFrom(...REGIONS),
  section: fc.constantFrom(...SECTIONS),
  quarter: fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4'),
};
const impulse = fc.record({ ...place, dismissed: fc.boolean() });
const tip = fc.record({
  ...place,
  direct: fc.boolean(),
  indirect: fc.boolean(),
  reason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
});
type Impulse = { region: string; section: string; quarter: string; dismissed: boolean };
type Tip = {
  region: string;
  section: string;
  quarter: string;
  direct: boolean;
  indirect: boolean;
  reason: string | null;
};

function keyOf(grouping: FunnelGrouping, row: { region: string; section: string; quarter: string }): string {
  return grouping === 'REGION' ? row.region : grouping === 'INDUSTRY' ? row.section : row.quarter;
}

/** The read model's cells, computed here from rows (as its SQL does) so each test case is a whole year. */
function cellsOf(grouping: FunnelGrouping, impulses: Impulse[], tips: Tip[]): FunnelCells {
  const groups = new Map<string, FunnelFigures>();
  const total = emptyFigures();
  const cell = (key: string) => groups.get(key) ?? groups.set(key, emptyFigures()).get(key)!;
  for (const i of impulses) {
    for (const f of [cell(keyOf(grouping, i)), total]) {
      f.impulses += 1;
      f.dismissedImpulses += Number(i.dismissed);
    }
  }
  for (const t of tips) {
    for (const f of [cell(keyOf(grouping, t)), total]) {
      f.tips += 1;
      f.directActions += Number(t.direct);
      f.indirectUses += Number(t.indirect);
      f.noActions += Number(t.reason !== null);
      f.awaitingOutcome += Number(!t.direct && !t.indirect && t.reason === null);
      if (t.reason) f.noActionReasons[t.reason] = (f.noActionReasons[t.reason] ?? 0) + 1;
    }
  }
  return { total, groups };
}

type Published = (grouping: FunnelGrouping, all: Record<FunnelGrouping, FunnelCells>) => TipFunnelType;
// One answer per grouping, as a client asks them; memoised only to keep the test quick.
const answers = new WeakMap<object, Map<FunnelGrouping, TipFunnelType>>();
const published: Published = (grouping, all) => {
  const mine = answers.get(all) ?? answers.set(all, new Map()).get(all)!;
  return mine.get(grouping) ?? mine.set(grouping, toDashboardTipFunnel(2024, grouping, all, REGIONS)).get(grouping)!;
};

/**
 * Everything DASHBOARD reads of a year's funnel (all three groupings, their totals) and everything
 * it knows: each grouping sums to its total, the totals agree, and within any row a dismissed
 * impulse is an impulse, an outcome belongs to a sent tip, a tip awaiting an outcome has none,
 * every tip is awaiting or has one, no-action reasons add up, and an industry is listed only when
 * something happened in it.
 */
function attack(impulses: Impulse[], tips: Tip[], publish: Published) {
  const all = Object.fromEntries(GROUPINGS.map((g) => [g, cellsOf(g, impulses, tips)])) as Record<
    FunnelGrouping,
    FunnelCells
  >;
  const cap = Math.max(impulses.length, tips.length) + 5;
  const readings: Reading[] = [];
  const relations: Known[] = [];
  const unreported = new Set<string>();
  const read = (id: string, count: SmallCount, truth: number, sensitive: boolean) => {
    readings.push({ id, truth, values: valuesOf(count.display, count.value, { cap, sensitive }) });
    if (count.display === 'ej redovisad') unreported.add(id);
  };
  const row = (prefix: string, figures: TipFunnelType['total'], exact: FunnelFigures, sensitive: boolean) => {
    const id = (name: string) => `${prefix}.${name}`;
    for (const name of FUNNEL_COUNTS) read(id(name), figures[name], exact[name], sensitive);
    for (const r of figures.noActionReasons)
      read(id(r.reason), r.count, exact.noActionReasons[r.reason] ?? 0, sensitive);
    relations.push(
      atMost([id('dismissedImpulses')], [id('impulses')]),
      ...['directActions', 'indirectUses', 'noActions', 'awaitingOutcome'].map((n) => atMost([id(n)], [id('tips')])),
      ...['directActions', 'indirectUses', 'noActions'].map((n) =>
        atMost([id('awaitingOutcome'), id(n)], [id('tips')]),
      ),
      atMost([id('tips')], ['directActions', 'indirectUses', 'noActions', 'awaitingOutcome'].map(id)),
      sum(id('noActions'), NO_ACTION_REASONS.map(id)),
    );
  };
  for (const grouping of GROUPINGS) {
    const funnel = publish(grouping, all);
    row(`${grouping}:total`, funnel.total, all[grouping].total, false);
    for (const g of funnel.groups)
      row(`${grouping}:${g.key}`, g.figures, all[grouping].groups.get(g.key) ?? emptyFigures(), grouping !== 'QUARTER');
    for (const name of [...FUNNEL_COUNTS, ...NO_ACTION_REASONS]) {
      relations.push(
        sum(
          `${grouping}:total.${name}`,
          funnel.groups.map((g) => `${grouping}:${g.key}.${name}`),
        ),
      );
      if (grouping !== 'REGION') relations.push(sum(`${grouping}:total.${name}`, [`REGION:total.${name}`]));
    }
    if (grouping === 'INDUSTRY') {
      for (const g of funnel.groups)
        relations.push({
          terms: [
            [`INDUSTRY:${g.key}.impulses`, -1],
            [`INDUSTRY:${g.key}.tips`, -1],
          ],
          op: '<=',
          constant: -1,
        });
    }
  }
  // A cell suppressed for being small, or hidden beside one, must keep a second value. A measure a
  // region does not report ("ej redovisad") may follow from the totals (no direct action in the
  // year: none in any region), which tells nothing; it must never follow as 1 to 4.
  return determinedCells(readings, relations).filter(
    ({ id, truth }) => !unreported.has(id) || (truth >= 1 && truth <= 4),
  );
}

/**
 * A fixed seed unless FC_SEED is given (FC_SEED=random draws anew, for a nightly run): the
 * attacker's backtracking is exponential for some draws, and one random seed held CI for 12 minutes
 * in the suite that must stay under 15. fast-check prints the seed of any failure.
 */
const SEED = process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20261205) };

describe('The tip funnel as the dashboard reads it', () => {
  it('gives away no hidden cell to arithmetic over all its groupings, totals and row relations', () => {
    fc.assert(
      fc.property(fc.array(impulse, { maxLength: 7 }), fc.array(tip, { maxLength: 6 }), (impulses, tips) => {
        expect(attack(impulses, tips, published)).toEqual([]);
      }),
      { numRuns: Number(process.env.RUNS ?? 20), ...SEED },
    );
  });

  it('gives nothing away where one region or industry holds every impulse and tip of the year', () => {
    const lone = { ...place, region: fc.constant('Skåne'), section: fc.constantFrom('C', 'F') };
    fc.assert(
      fc.property(
        fc.array(fc.record({ ...lone, dismissed: fc.boolean() }), { maxLength: 7 }),
        fc.array(
          fc.record({
            ...lone,
            direct: fc.boolean(),
            indirect: fc.boolean(),
            reason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
          }),
          { minLength: 5, maxLength: 7 },
        ),
        (impulses, tips) => {
          expect(attack(impulses, tips, published)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 20), ...SEED },
    );
  });
});
