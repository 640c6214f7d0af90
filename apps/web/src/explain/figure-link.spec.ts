import { cellOf, explainPath } from './figure-link';

describe("a dashboard cell's explain address", () => {
  it('carries the whole cell there and back', () => {
    const cell = { figure: 'tipFunnel', measure: 'tips', groupBy: 'REGION', key: 'Västra Götaland', year: 2025 };
    const path = explainPath(cell);
    expect(path.startsWith('/forklaring?')).toBe(true);
    expect(cellOf(new URLSearchParams(path.split('?')[1]))).toEqual(cell);
  });

  it('keeps a total a total: no group or key appears when none was given', () => {
    const path = explainPath({ figure: 'forumCadence', measure: 'held', year: 2026 });
    expect(cellOf(new URLSearchParams(path.split('?')[1]))).toEqual({
      figure: 'forumCadence',
      measure: 'held',
      year: 2026,
    });
  });

  it('names no cell when the figure or the measure is missing, or reads a malformed year as none', () => {
    expect(cellOf(new URLSearchParams('matt=tips'))).toBeNull();
    expect(cellOf(new URLSearchParams('figur=tipFunnel'))).toBeNull();
    expect(cellOf(new URLSearchParams('figur=tipFunnel&matt=tips&ar=20x5'))).toEqual({
      figure: 'tipFunnel',
      measure: 'tips',
    });
  });
});
