import { checkedValues } from './checked-values';

describe('The values ticked in a group of checkboxes', () => {
  it('reads every shape react-hook-form gives a group as the list of ticked values', () => {
    expect(checkedValues(['HR', 'MANAGERS'])).toEqual(['HR', 'MANAGERS']);
    expect(checkedValues('HR')).toEqual(['HR']);
    expect(checkedValues(false)).toEqual([]);
    expect(checkedValues(undefined)).toEqual([]);
    expect(checkedValues([])).toEqual([]);
    expect(checkedValues(['', 'AV', true])).toEqual(['AV']);
  });
});
