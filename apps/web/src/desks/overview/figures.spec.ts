import { countText, countValue, yearChoices } from './figures';

describe("The overview's figures", () => {
  it('shows a suppressed count by its words and leaves it out of the chart', () => {
    const hidden = { value: null, display: 'färre än 5', suppressed: true };
    expect(countText(hidden)).toBe('färre än 5');
    expect(countValue(hidden)).toBeNull();
    expect(countText({ value: 1234, display: '1234', suppressed: false })).toBe(
      new Intl.NumberFormat('sv-SE').format(1234),
    );
    expect(countValue({ value: 7, display: '7', suppressed: false })).toBe(7);
    expect(countText(null)).toBe('–');
  });

  it('offers the years with data, the shown one and next year, once each, ascending', () => {
    expect(yearChoices([2024, 2025, 2024], 2023, new Date('2026-05-01'))).toEqual([2023, 2024, 2025, 2027]);
  });
});
