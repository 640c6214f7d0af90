import { daysLate, isLateEntry } from './late-entry';

describe('Late entries', () => {
  it('count whole Stockholm days from the fact to its recording', () => {
    expect(daysLate('2024-02-20', new Date('2024-02-20T22:59:00Z'))).toBe(0); // 23:59 the same day in Stockholm
    expect(daysLate('2024-02-20', new Date('2024-02-20T23:00:00Z'))).toBe(1); // midnight: the next day
    expect(daysLate('2024-03-25', new Date('2024-04-01T10:00:00Z'))).toBe(7); // across the change to summer time
    expect(daysLate('2024-02-20', new Date('2026-12-02T10:00:00Z'))).toBe(1016);
  });

  it('are late only past the threshold: 7 days is on time, 8 is late', () => {
    expect(isLateEntry('2024-03-01', new Date('2024-03-08T12:00:00Z'), 7)).toBe(false);
    expect(isLateEntry('2024-03-01', new Date('2024-03-09T12:00:00Z'), 7)).toBe(true);
    expect(isLateEntry('2024-03-01', new Date('2024-03-01T12:00:00Z'), 0)).toBe(false);
    expect(isLateEntry('2024-03-01', new Date('2024-03-02T12:00:00Z'), 0)).toBe(true);
  });
});
