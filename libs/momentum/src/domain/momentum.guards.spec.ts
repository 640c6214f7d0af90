import { expectSplit, failsWith } from '@samverkan/core/testing/guards';
import {
  countryCode,
  evaluationScale,
  insideProjectPeriod,
  isCountryCode,
  isParticipantOrganisation,
  participantOrganisation,
  totalOf,
} from './momentum.guards';

describe('Momentum guards', () => {
  it('keeps dates inside the project period, both ends included', () => {
    expect(insideProjectPeriod('2024-05-01', 'date')).toBe('2024-05-01');
    expect(insideProjectPeriod('2027-04-30', 'date')).toBe('2027-04-30');
    expect(() => insideProjectPeriod('2024-04-30', 'heldOn')).toThrow(
      failsWith('OUTSIDE_PROJECT_PERIOD', { field: 'heldOn' }),
    );
  });

  it('takes ISO 3166 alpha-2 country codes in capitals', () => {
    expectSplit(isCountryCode, ['NO', 'FI', 'DK', 'SE'], ['no', 'NOR', 'N', '', 'Norge']);
    // A validator may hand over anything: a list holding a code is no code, though a RegExp would read it as one.
    expect(isCountryCode(['NO'] as never)).toBe(false);
    expect(countryCode(' FI ')).toBe('FI');
    expect(() => countryCode('Finland')).toThrow(failsWith('INVALID_COUNTRY', { value: 'Finland' }));
  });

  it('takes agency codes and normalised organisation numbers as participating organisations', () => {
    expectSplit(isParticipantOrganisation, ['FK', 'AV', 'OTHER', '556901-2346'], ['NAV', '5569012346', 'fk']);
    expect(participantOrganisation(' AV ')).toBe('AV');
  });

  it('rounds an evaluation to one decimal and counts people by role', () => {
    expect([7.2, 8.8, 7.7, 10, 1].map((v) => evaluationScale(v))).toEqual([7.2, 8.8, 7.7, 10, 1]);
    expect(evaluationScale(0.1 + 7.1)).toBe(7.2);
    expect(totalOf({ MANAGER: 2, HR: 3, OTHER: 1 })).toBe(6);
  });
});
