import {
  isOrganisationNumber,
  notBefore,
  pastOrToday,
  requiredId,
  requiredText,
  stockholmDate,
} from '@samverkan/core/domain';
import { expectSplit, failsWith } from '@samverkan/core/testing/guards';
import { isInPeriod, personIds, sectorsOn, yearsOf } from './supervision.guards';
import { SUPERVISION_RULES } from './supervision.rules';
import { NOW, planHealthy, TODAY, TOMORROW } from './testing/supervision.fixtures';

const EARLY = SUPERVISION_RULES.code('BEFORE_INSPECTION');

const period = { from: '2025-05-01', to: '2026-05-31' };

describe('Supervision guards', () => {
  it('reads the date in Stockholm, across midnight and summer time', () => {
    expect(stockholmDate(new Date('2025-11-20T22:59:59Z'))).toBe('2025-11-20');
    expect(stockholmDate(new Date('2025-11-20T23:00:00Z'))).toBe('2025-11-21');
    expect(stockholmDate(new Date('2025-06-16T22:00:00Z'))).toBe('2025-06-17');
  });

  it('puts both ends of a period inside it, and nothing else', () => {
    expectSplit((d) => isInPeriod(d, period), ['2025-05-01', '2026-05-31'], ['2025-04-30', '2026-06-01', '2025-06-31']);
  });

  it("knows a period's years and the sectors of the year a date falls in", () => {
    expect(yearsOf(period)).toEqual([2025, 2026]);
    expect(yearsOf({ from: '2025-01-01', to: '2025-12-31' })).toEqual([2025]);
    const { sectorsByYear } = planHealthy.data;
    expect(sectorsOn(sectorsByYear, '2025-12-31')).toEqual(['PRESCHOOL', 'PRIMARY_CARE']);
    expect(sectorsOn(sectorsByYear, '2026-01-01')).toEqual(['INDUSTRY', 'CONSTRUCTION']);
    expect(sectorsOn(sectorsByYear, '2027-01-01')).toEqual([]);
  });

  it('accepts only the normalised organisation number', () => {
    expectSplit(isOrganisationNumber, ['212000-1355'], ['2120001355', '16212000-1355', ' 212000-1355']);
  });

  it('accepts an id as given, never blank or padded', () => {
    expect(requiredId('insp-1', 'inspectionId')).toBe('insp-1');
    for (const id of ['', ' ', ' insp-1', undefined]) {
      expect(() => requiredId(id, 'inspectionId')).toThrow(failsWith('INVALID_ID'));
    }
    expect(personIds(['p1', 'p2', 'p1'], 'ids', 'INSPECTORS_REQUIRED')).toEqual(['p1', 'p2']);
    expect(() => personIds([], 'ids', 'INSPECTORS_REQUIRED')).toThrow(failsWith('INSPECTORS_REQUIRED'));
  });

  it('takes dates up to today in Stockholm, and orders them', () => {
    expect(pastOrToday(` ${TODAY}`, 'date', NOW)).toBe(TODAY);
    expect(() => pastOrToday(TOMORROW, 'date', NOW)).toThrow(failsWith('DATE_IN_FUTURE'));
    expect(() => pastOrToday('2025-13-01', 'date', NOW)).toThrow(failsWith('INVALID_DATE'));
    expect(notBefore(TODAY, TODAY, EARLY, 'date')).toBe(TODAY);
    expect(() => notBefore('2025-11-19', TODAY, EARLY, 'date')).toThrow(
      expect.objectContaining({ code: EARLY, details: { field: 'date', date: '2025-11-19', earliest: TODAY } }),
    );
  });

  it('trims text, and names the field when it is blank or too long', () => {
    expect(requiredText(' Skåne ', 'region')).toBe('Skåne');
    expect(() => requiredText(' ', 'region')).toThrow(
      expect.objectContaining({ code: 'INVALID_TEXT', details: { field: 'region' } }),
    );
    expect(() => requiredText('x'.repeat(11), 'region', { max: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_TEXT', details: { field: 'region', max: 10, length: 11 } }),
    );
  });
});
