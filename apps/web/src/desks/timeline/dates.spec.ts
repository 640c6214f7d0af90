import { EMPTY_FILTER, swedishDate, toApiFilter } from './dates';

describe("The timeline's dates and filter", () => {
  it('dates an instant by the day in Sweden', () => {
    expect(swedishDate('2024-02-19T23:30:00Z')).toBe('2024-02-20');
    expect(swedishDate('2024-07-01T21:59:00Z')).toBe('2024-07-01');
  });

  it('leaves empty fields out and reads the dates as whole days of when things happened', () => {
    expect(toApiFilter(EMPTY_FILTER)).toEqual({});
    const filter = toApiFilter({
      ...EMPTY_FILTER,
      module: 'forums',
      stream: ' plan-2024 ',
      from: '2024-01-01',
      lateOnly: true,
    });
    expect(filter).toMatchObject({ module: 'forums', stream: 'plan-2024', lateOnly: true });
    expect(new Date(filter.occurredFrom as string).getTime()).toBe(new Date('2024-01-01T00:00:00').getTime());
  });
});
