import { emptyFigures, FunnelCells, FunnelFigures } from '../read-model/tips.funnel';
import { toTipFunnel } from './tips.mapping';

const figures = (overrides: Partial<FunnelFigures>): FunnelFigures => ({ ...emptyFigures(), ...overrides });
const REGIONS = ['Skåne', 'Stockholm', 'Uppsala', 'Gotland'];

/** Tips per region: Skåne 3 (small), Stockholm 10, Uppsala 7, Gotland none; 20 in all. */
const cells: FunnelCells = {
  total: figures({ tips: 20, impulses: 40 }),
  groups: new Map([
    ['Skåne', figures({ tips: 3, impulses: 10 })],
    ['Stockholm', figures({ tips: 10, impulses: 20 })],
    ['Uppsala', figures({ tips: 7, impulses: 10 })],
  ]),
};

const shown = (funnel: ReturnType<typeof toTipFunnel>, name: 'tips' | 'impulses') =>
  Object.fromEntries(funnel.groups.map((g) => [g.key, g.figures[name].display]));

describe('Shaping the tip funnel for a role', () => {
  it('given a dashboard reader, when one region has 1 to 4 tips, then it reads "färre än 5" and the smallest other count is hidden too', () => {
    const funnel = toTipFunnel(2024, 'REGION', cells, { suppressSmallCounts: true, regions: REGIONS });
    expect(shown(funnel, 'tips')).toEqual({ Skåne: 'färre än 5', Stockholm: '10', Uppsala: 'dold', Gotland: '0' });
    expect(funnel.groups.find((g) => g.key === 'Uppsala')!.figures.tips).toEqual({ value: null, suppressed: true, display: 'dold' });
    // Without the second hidden cell, 20 - 10 - 7 - 0 would give Skåne's 3 away.
    expect(funnel.total.tips).toEqual({ value: 20, suppressed: false, display: '20' });
    expect(shown(funnel, 'impulses')).toEqual({ Skåne: '10', Stockholm: '20', Uppsala: '10', Gotland: '0' });
  });

  it('given an auditor, then every count is exact', () => {
    const funnel = toTipFunnel(2024, 'REGION', cells, { suppressSmallCounts: false, regions: REGIONS });
    expect(shown(funnel, 'tips')).toEqual({ Skåne: '3', Stockholm: '10', Uppsala: '7', Gotland: '0' });
    expect(funnel.suppressed).toBe(false);
  });

  it('given a dashboard reader, when grouped by quarter, then nothing is hidden', () => {
    const quarters: FunnelCells = { total: figures({ tips: 5 }), groups: new Map([['Q1', figures({ tips: 2 })], ['Q3', figures({ tips: 3 })]]) };
    const funnel = toTipFunnel(2024, 'QUARTER', quarters, { suppressSmallCounts: true, regions: REGIONS });
    expect(shown(funnel, 'tips')).toEqual({ Q1: '2', Q2: '0', Q3: '3', Q4: '0' });
    expect(funnel.suppressed).toBe(false);
  });

  it('lists a region no longer configured after the configured ones, so no count is lost', () => {
    const withOld: FunnelCells = { ...cells, groups: new Map([...cells.groups, ['Norrland (gammal)', figures({ tips: 0, impulses: 1 })]]) };
    const funnel = toTipFunnel(2024, 'REGION', withOld, { suppressSmallCounts: false, regions: REGIONS });
    expect(funnel.groups.map((g) => g.key)).toEqual([...REGIONS, 'Norrland (gammal)']);
  });
});
