import {
  deriveImpulse,
  impulseInput,
  industryProblem,
  knownEmployers,
  organisationNumberProblem,
} from './impulse-form';
import { F } from './texts';

describe('The impulse form', () => {
  describe('the organisation number as typed', () => {
    it.each([
      ['556901-2346', undefined],
      ['5569012346', undefined],
      ['16556901-2346', undefined],
      ['556901-234', F.orgShape],
      ['556901-2347', F.orgCheckDigit],
      ['811218-9876', F.orgPerson],
    ])('%s → %s', (typed, problem) => expect(organisationNumberProblem(typed)).toBe(problem));
  });

  it.each([
    ['88.101', undefined],
    ['88101', undefined],
    ['04', F.industryInvalid],
    ['8', F.industryInvalid],
  ])('industry %s → %s', (typed, problem) => expect(industryProblem(typed)).toBe(problem));

  it('knows an employer by the name its latest source gives', () => {
    const known = knownEmployers([
      { organisationNumber: '556901-2346', name: 'Solbacka Vård AB' },
      { organisationNumber: '556903-4563', name: 'Byggstommen Väst AB' },
      { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' },
    ]);
    expect([...known]).toEqual([
      ['556901-2346', 'Solbacka Omsorg AB'],
      ['556903-4563', 'Byggstommen Väst AB'],
    ]);
  });

  describe('what follows from what is typed', () => {
    const derive = deriveImpulse(knownEmployers([{ organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' }]));

    it('suggests the name of a known employer once its number is whole, in any of its forms', () => {
      expect(derive('organisationNumber', { organisationNumber: '5569012346', name: '' })).toEqual({
        name: 'Solbacka Omsorg AB',
      });
      expect(derive('organisationNumber', { organisationNumber: '556901-234', name: '' })).toBeUndefined();
    });

    it('leaves a name the user typed alone', () => {
      expect(derive('organisationNumber', { organisationNumber: '556901-2346', name: 'Annat AB' })).toBeUndefined();
    });

    it('fills the industry code from the picker unless the code typed is in the division picked', () => {
      expect(derive('sniPicker', { sniPicker: '86', industry: '' })).toEqual({ industry: '86' });
      expect(derive('sniPicker', { sniPicker: '88', industry: '88.101' })).toBeUndefined();
    });
  });

  it('sends the organisation number normalised and leaves the picker out', () => {
    const input = impulseInput({
      organisationNumber: ' 5569012346 ',
      name: ' Solbacka Omsorg AB ',
      region: 'Skåne',
      industry: '88.101',
      sniPicker: '88',
      deficiency: 'NO_WORK_ADAPTATION',
      description: ' Ingen anpassning. ',
      reportedOn: '2025-03-10',
    });
    expect(input).toEqual({
      employer: { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' },
      region: 'Skåne',
      industry: '88.101',
      deficiency: 'NO_WORK_ADAPTATION',
      description: 'Ingen anpassning.',
      reportedOn: '2025-03-10',
    });
  });
});
