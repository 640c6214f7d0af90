import { checkedValues } from './checked-values';

describe('The values of a checkbox group', () => {
  it('reads a list, a single checked value, and nothing checked', () => {
    expect(checkedValues(['FK', 'FHM'])).toEqual(['FK', 'FHM']);
    expect(checkedValues('FK')).toEqual(['FK']);
    expect(checkedValues(false)).toEqual([]);
    expect(checkedValues(undefined)).toEqual([]);
    expect(checkedValues(['', 'AV', true])).toEqual(['AV']);
  });
});
