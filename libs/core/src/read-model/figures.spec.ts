import { yearOfCell } from './cell-year';
import { addCounts } from './counts';

describe('addCounts', () => {
  it('adds two tallies key by key, a key only one of them has counting as 0 in the other', () => {
    expect(addCounts<Record<string, number>>({ a: 1, b: 2 }, { b: 3, c: 4 })).toEqual({ a: 1, b: 5, c: 4 });
  });
});

describe('yearOfCell', () => {
  it('gives the year of a cell that names one, and refuses one that does not at its field', () => {
    expect(yearOfCell({ year: 2025 }, 'the funnel')).toBe(2025);
    expect(() => yearOfCell({}, 'the funnel')).toThrow(
      expect.objectContaining({ fields: [{ field: 'cell.year', messages: ['the funnel is per year'] }] }),
    );
  });
});
