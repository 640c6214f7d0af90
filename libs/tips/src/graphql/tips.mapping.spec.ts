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
  it('given an auditor, then every count is exact', () => {
    const funnel = toTipFunnel(2024, 'REGION', cells, { regions: REGIONS });
    expect(shown(funnel, 'tips')).toEqual({ Skåne: '3', Stockholm: '10', Uppsala: '7', Gotland: '0' });
    expect(funnel.suppressed).toBe(false);
  });

  it('lists a region no longer configured after the configured ones, so no count is lost', () => {
    const withOld: FunnelCells = {
      ...cells,
      groups: new Map([...cells.groups, ['Norrland (gammal)', figures({ tips: 0, impulses: 1 })]]),
    };
    const funnel = toTipFunnel(2024, 'REGION', withOld, { regions: REGIONS });
    expect(funnel.groups.map((g) => g.key)).toEqual([...REGIONS, 'Norrland (gammal)']);
  });
});
