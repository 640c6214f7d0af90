import {
  isOrganisationNumber,
  notBefore,
  oneOf,
  organisationNumber,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
  stockholmDate,
  validYear,
} from '@samverkan/core/domain';
import { expectSplit, failsWith } from '@samverkan/core/testing/guards';
import { areaSlug, selectionIdFor } from './dialogue.guards';
import { DIALOGUE_RULES } from './dialogue.rules';
import { NOW, TODAY, TOMORROW } from './testing/dialogue.fixtures';

const EARLY = DIALOGUE_RULES.code('DATE_BEFORE_HELD');

describe('Dialogue guards', () => {
  it('reads the date in Stockholm, across midnight', () => {
    expect(stockholmDate(new Date('2025-11-20T22:59:59Z'))).toBe('2025-11-20');
    expect(stockholmDate(new Date('2025-11-20T23:00:00Z'))).toBe('2025-11-21');
  });

  it('accepts only the normalised organisation number, trimming it', () => {
    expectSplit(isOrganisationNumber, ['212000-0142'], ['2120000142', '16212000-0142', ' 212000-0142']);
    expect(organisationNumber(' 212000-0142 ')).toBe('212000-0142');
    expect(() => organisationNumber('212000 0142')).toThrow(failsWith('INVALID_ORGANISATION_NUMBER'));
  });

  it('slugs an area to lower-case ASCII, so one area and year always make the same id', () => {
    expect(
      ['Västra Götaland', 'VÄSTRA GÖTALAND', ' västra–götaland ', 'Skåne', 'Region Östergötland 2'].map(areaSlug),
    ).toEqual(['vastra-gotaland', 'vastra-gotaland', 'vastra-gotaland', 'skane', 'region-ostergotland-2']);
    expect(selectionIdFor('Skåne', 2026)).toBe('skane_2026');
    expect([' – Skåne – ', '', undefined as never].map(areaSlug)).toEqual(['skane', '', '']);
  });

  it('accepts an id as given, never blank or padded, and a year from 2000 to 2100', () => {
    expect(requiredId('dlg-1', 'meetingId')).toBe('dlg-1');
    for (const id of ['', ' ', ' dlg-1', undefined]) {
      expect(() => requiredId(id, 'meetingId')).toThrow(failsWith('INVALID_ID', { field: 'meetingId' }));
    }
    expect([2000, 2100].map((year) => validYear(year))).toEqual([2000, 2100]);
    for (const year of [1999, 2101, 2025.5]) expect(() => validYear(year)).toThrow(failsWith('INVALID_YEAR'));
  });

  it('takes dates up to today in Stockholm, and orders them', () => {
    expect(pastOrToday(` ${TODAY}`, 'date', NOW)).toBe(TODAY);
    expect(() => pastOrToday(TOMORROW, 'date', NOW)).toThrow(failsWith('DATE_IN_FUTURE'));
    expect(notBefore(TODAY, TODAY, EARLY, 'date')).toBe(TODAY);
    expect(() => notBefore('2025-11-19', TODAY, EARLY, 'date')).toThrow(
      failsWith(EARLY, { field: 'date', earliest: TODAY }),
    );
  });

  it('trims text and names the field; a reason has its own code; a code comes from its list', () => {
    expect(requiredText(' Skåne ', 'area')).toBe('Skåne');
    expect(() => requiredText(' ', 'area')).toThrow(failsWith('INVALID_TEXT', { field: 'area' }));
    expect(() => requiredText('x'.repeat(201), 'area')).toThrow(failsWith('INVALID_TEXT', { max: 200, length: 201 }));
    expect(() => requiredReason(undefined)).toThrow(failsWith('REASON_REQUIRED'));
    expect(() => oneOf('X' as string, ['FK', 'AV'], 'agency')).toThrow(
      failsWith('INVALID_CHOICE', { allowed: ['FK', 'AV'] }),
    );
  });
});
