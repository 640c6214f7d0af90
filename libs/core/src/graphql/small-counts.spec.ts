import { protectFromDifferencing, smallCount } from './small-counts';

describe('Small-number suppression', () => {
  it('shows 1 to 4 as "färre än 5" when asked to, and zero and five and up as they are', () => {
    expect(smallCount(3, true)).toEqual({ value: null, suppressed: true, display: 'färre än 5' });
    expect([0, 5].map((n) => smallCount(n, true).display)).toEqual(['0', '5']);
    expect(smallCount(3, false)).toEqual({ value: 3, suppressed: false, display: '3' });
  });

  it('hides the smallest other cell of a column that hides exactly one, so the total cannot give it away', () => {
    const column = [smallCount(2, true), smallCount(0, true), smallCount(9, true), smallCount(7, true)];
    protectFromDifferencing([column]);
    expect(column.map((c) => c.display)).toEqual(['färre än 5', '0', '9', 'dold']);
  });
});
