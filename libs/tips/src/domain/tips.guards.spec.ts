import { isCalendarDate, pastOrToday, stockholmDate } from '@samverkan/core/domain';

describe('Tip routine dates', () => {
  it.each([
    ['2025-06-03T21:59:59Z', '2025-06-03'],
    ['2025-06-03T22:00:00Z', '2025-06-04'],
    ['2025-01-15T22:59:59Z', '2025-01-15'],
    ['2025-01-15T23:00:00Z', '2025-01-16'],
  ])('reads %s as %s in Stockholm', (instant, date) => {
    expect(stockholmDate(new Date(instant))).toBe(date);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31'])('accepts the real date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-1-01', '20250101', ' 2025-01-01'])(
    'rejects %p',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it('returns the trimmed date and names the field when it rejects one', () => {
    const now = new Date('2025-06-03T10:00:00Z');
    expect(pastOrToday(' 2025-06-03 ', 'sentOn', now)).toBe('2025-06-03');
    expect(() => pastOrToday('2025-06-04', 'sentOn', now)).toThrow(
      expect.objectContaining({
        code: 'DATE_IN_FUTURE',
        details: { field: 'sentOn', value: '2025-06-04', today: '2025-06-03' },
      }),
    );
    expect(() => pastOrToday(undefined, 'sentOn', now)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
