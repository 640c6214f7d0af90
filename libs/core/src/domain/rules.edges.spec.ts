import { DomainRuleViolation } from '../errors/domain-errors';
import { defineRules } from '../errors/rules';
import { calendarDate, pastOrToday } from './date-rules';
import { notBefore, requiredReason, requiredText, TEXT_LIMITS, validYear, YEAR_RANGE } from './text-rules';

/** The shared rules every module's deciders call, each from both sides. */

const codeOf = (check: () => unknown): string | undefined => {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.code;
    throw error;
  }
  return undefined;
};

const text = (length: number) => 'a'.repeat(length);
const TOO_EARLY = defineRules('test', { TOO_EARLY: 'The date lies before the earliest allowed.' }).code('TOO_EARLY');

describe('The shared rules’ limits, from both sides', () => {
  it.each([
    ['a year', 2000, 1999],
    ['a year', 2100, 2101],
  ])('%s of %p is accepted, %p is refused with INVALID_YEAR', (_rule, edge, past) => {
    expect(validYear(edge)).toBe(edge);
    expect(codeOf(() => validYear(past))).toBe('INVALID_YEAR');
  });

  it('spans 2000–2100', () => expect(YEAR_RANGE).toEqual({ min: 2000, max: 2100 }));

  it('takes a short text of 200 characters, not 201', () => {
    expect(TEXT_LIMITS.short).toBe(200);
    expect(requiredText(text(200), 'title')).toHaveLength(200);
    expect(codeOf(() => requiredText(text(201), 'title'))).toBe('INVALID_TEXT');
  });

  it('measures the length after trimming, so spaces around 200 characters do not count', () => {
    expect(requiredText(`  ${text(200)}  `, 'title')).toHaveLength(200);
  });

  it('takes a long text of 4000 characters, not 4001', () => {
    expect(TEXT_LIMITS.long).toBe(4000);
    expect(requiredText(text(4000), 'summary', { max: TEXT_LIMITS.long })).toHaveLength(4000);
    expect(codeOf(() => requiredText(text(4001), 'summary', { max: TEXT_LIMITS.long }))).toBe('INVALID_TEXT');
  });

  it('takes a reason of 4000 characters, not 4001', () => {
    expect(requiredReason(text(4000))).toHaveLength(4000);
    expect(codeOf(() => requiredReason(text(4001)))).toBe('INVALID_TEXT');
  });

  it('refuses a reason of only spaces, or left out entirely, with REASON_REQUIRED', () => {
    expect(codeOf(() => requiredReason(' \t\n '))).toBe('REASON_REQUIRED');
    expect(codeOf(() => requiredReason(undefined))).toBe('REASON_REQUIRED');
    expect(requiredReason(' a ')).toBe('a');
  });

  it('takes a date on the earliest day, not the day before', () => {
    expect(notBefore('2025-05-12', '2025-05-12', TOO_EARLY, 'on')).toBe('2025-05-12');
    expect(codeOf(() => notBefore('2025-05-11', '2025-05-12', TOO_EARLY, 'on'))).toBe('TOO_EARLY');
  });

  it('takes 29 February in a leap year, not in another year', () => {
    expect(calendarDate('2024-02-29', 'on')).toBe('2024-02-29');
    expect(codeOf(() => calendarDate('2025-02-29', 'on'))).toBe('INVALID_DATE');
    expect(calendarDate('2000-02-29', 'on')).toBe('2000-02-29');
    expect(codeOf(() => calendarDate('2100-02-29', 'on'))).toBe('INVALID_DATE');
  });

  describe('today is the date in Stockholm', () => {
    /** 22:30 UTC on 30 June 2025 is 00:30 on 1 July in Stockholm (summer time). */
    const justAfterMidnight = new Date('2025-06-30T22:30:00Z');
    /** 21:59 UTC on 30 June 2025 is 23:59 on 30 June in Stockholm. */
    const justBeforeMidnight = new Date('2025-06-30T21:59:00Z');

    it('takes 1 July just after midnight in Stockholm, though it is still 30 June in UTC', () => {
      expect(pastOrToday('2025-07-01', 'on', justAfterMidnight)).toBe('2025-07-01');
      expect(codeOf(() => pastOrToday('2025-07-02', 'on', justAfterMidnight))).toBe('DATE_IN_FUTURE');
    });

    it('refuses 1 July just before midnight in Stockholm', () => {
      expect(pastOrToday('2025-06-30', 'on', justBeforeMidnight)).toBe('2025-06-30');
      expect(codeOf(() => pastOrToday('2025-07-01', 'on', justBeforeMidnight))).toBe('DATE_IN_FUTURE');
    });

    it('refuses a date left out entirely with INVALID_DATE', () => {
      expect(codeOf(() => pastOrToday(undefined, 'on', justBeforeMidnight))).toBe('INVALID_DATE');
    });
  });
});
