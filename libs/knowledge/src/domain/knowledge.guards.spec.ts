import { termBounds } from '@samverkan/core/testing/edge-of';
import { expectSplit, failsWith } from '@samverkan/core/testing/guards';
import {
  insideTerm,
  isInTerm,
  isLink,
  isOrganisationCode,
  organisationCode,
  termDates,
  termOf,
  validLink,
} from './knowledge.guards';

describe('Knowledge guards', () => {
  it('puts January to June in VT and July to December in HT', () => {
    for (const [term, date] of termBounds(2025)) expect(termOf(date)).toBe(term);
    expect(termDates('VT', 2026)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(termDates('HT', 2026)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('places a date in a term of a year', () => {
    expect(isInTerm('2025-10-08', 'HT', 2025)).toBe(true);
    expect(isInTerm('2025-10-08', 'VT', 2025)).toBe(false);
    expect(isInTerm('2025-10-08', 'HT', 2026)).toBe(false);
    expect(isInTerm('2025-02-30', 'VT', 2025)).toBe(false);
    expect(() => insideTerm('2025-07-01', 'VT', 2025, 'date')).toThrow(
      failsWith('MEETING_OUTSIDE_TERM', { term: 'VT', year: 2025 }),
    );
  });

  it('takes only http(s) links, trimming them', () => {
    expectSplit(
      isLink,
      [
        'https://example.se',
        'http://example.se/a?b=c#d',
        'HTTPS://EXAMPLE.SE/x',
        'https://example.se?x=1',
        'https://example.se#del-2',
      ],
      [
        'example.se',
        'ftp://example.se',
        'https://',
        'https:// example.se',
        'mailto:a@example.se',
        'se:https://example.se',
        // No host, or a user name before it (a link that shows one site and opens another).
        'https:///rapport',
        'https://?q=1',
        'https://#a',
        'https://user@example.se',
      ],
    );
    expect(validLink(' https://example.se ')).toBe('https://example.se');
    expect(() => validLink('www.example.se')).toThrow(failsWith('INVALID_LINK'));
  });

  it('takes organisation codes of two to ten capitals or digits, a letter first', () => {
    expectSplit(
      isOrganisationCode,
      ['AV', 'FK', 'FHM', 'MYNAK', 'SÖ1', 'ABCDEFGHIJ', 'ÅÄÖ', 'ÄÅ', 'ÖÅ'],
      ['A', 'av', '1AV', 'A-V', 'ABCDEFGHIJK', ''],
    );
    // A list that holds one is not one, though it reads as one when made a string.
    expect([isOrganisationCode(['FK'] as never), isLink(['https://example.se'] as never)]).toEqual([false, false]);
    expect(organisationCode(' FHM ')).toBe('FHM');
    expect(() => organisationCode('Fhm')).toThrow(failsWith('INVALID_ORGANISATION_CODE', { code: 'Fhm' }));
  });
});
