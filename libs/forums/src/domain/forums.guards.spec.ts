import { termBounds } from '@samverkan/core/testing/edge-of';
import { CORE_RULES, isOrganisationNumber, requiredText, stockholmDate } from '@samverkan/core/domain';
import { expectSplit } from '@samverkan/core/testing/guards';
import { isForumId, isInTerm, isSniCode, optionalText, termOf } from './forums.guards';

describe('Forums guards', () => {
  it('reads the date in Stockholm, across midnight and summer time', () => {
    expect(stockholmDate(new Date('2025-06-16T21:59:59Z'))).toBe('2025-06-16');
    expect(stockholmDate(new Date('2025-06-16T22:00:00Z'))).toBe('2025-06-17');
    expect(stockholmDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(stockholmDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });

  it('puts 1 January – 30 June in VT and 1 July – 31 December in HT', () => {
    for (const [term, date] of termBounds(2025)) expect(termOf(date)).toBe(term);
  });

  it('knows whether a date is in a given term of a given year', () => {
    expect(isInTerm('2025-02-05', 'VT', 2025)).toBe(true);
    expect(isInTerm('2025-02-05', 'HT', 2025)).toBe(false);
    expect(isInTerm('2025-02-05', 'VT', 2024)).toBe(false);
    expect(isInTerm('2025-02-30', 'VT', 2025)).toBe(false);
  });

  it('accepts only the normalised organisation number, SNI code shapes and forum ids', () => {
    expectSplit(isOrganisationNumber, ['212000-0142'], ['2120000142', '16212000-0142', ' 212000-0142']);
    expectSplit(isSniCode, ['86', '86.1', '86.101'], ['86.1011', '8', '86101']);
    expectSplit(isForumId, ['vast', 'norra-sverige-2'], ['Vast', 'vast-', 'a--b']);
  });

  it('takes only text for an SNI code or a forum id, never a number or nothing', () => {
    const notText = [86, 2025, undefined, null] as never[];
    expectSplit(isSniCode, [], notText);
    expectSplit(isForumId, [], notText);
  });

  it('trims text, and names the field when it is blank or too long', () => {
    expect(requiredText(' Forum Väst ', 'name')).toBe('Forum Väst');
    expect(() => requiredText(' ', 'name')).toThrow(
      expect.objectContaining({ code: 'INVALID_TEXT', details: { field: 'name' } }),
    );
    expect(() => requiredText(undefined, 'reason', { code: CORE_RULES.code('REASON_REQUIRED') })).toThrow(
      expect.objectContaining({ code: 'REASON_REQUIRED' }),
    );
    expect(() => requiredText('x'.repeat(11), 'name', { max: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_TEXT', details: { field: 'name', max: 10, length: 11 } }),
    );
    expect(optionalText('  ', 'note')).toBeUndefined();
  });
});
