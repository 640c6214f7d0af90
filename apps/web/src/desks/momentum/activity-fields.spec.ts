import { activityFilter, evaluationInput, participantsInput, planInput } from './activity-fields';

describe("Momentum's activity form fields", () => {
  it('plans with a country and a region only when given', () => {
    const base = { kind: 'STUDY_VISIT', title: ' Besök ', organiser: 'FK', date: '2026-10-05', place: 'Oslo ' };
    expect(planInput({ ...base, expectedParticipants: '12', country: ' NO ', region: '' })).toEqual({
      kind: 'STUDY_VISIT',
      title: 'Besök',
      organiser: 'FK',
      date: '2026-10-05',
      place: 'Oslo',
      expectedParticipants: 12,
      country: 'NO',
    });
    expect(planInput({ ...base, expectedParticipants: '3', country: '', region: 'Skåne' })).toMatchObject({
      region: 'Skåne',
    });
  });

  it('sends participants and an evaluation with the reason only when one is given', () => {
    expect(participantsInput('a1', { organisations: 'FK; 0; 0; 2', namedParticipants: '', reason: ' ' })).toEqual({
      activityId: 'a1',
      organisations: [{ organisation: 'FK', managers: 0, hr: 0, other: 2 }],
      namedParticipants: [],
    });
    expect(evaluationInput('a1', { scale: '8,4', respondents: '6', reason: 'Fel siffra' })).toEqual({
      activityId: 'a1',
      scale: 8.4,
      respondents: 6,
      reason: 'Fel siffra',
    });
  });

  it('filters by kind, status and a four-digit year only', () => {
    const form = new Map([
      ['kind', 'STUDY_VISIT'],
      ['status', ''],
      ['year', '2026'],
    ]);
    expect(activityFilter(form)).toEqual({ kind: 'STUDY_VISIT', year: 2026 });
    expect(activityFilter(new Map([['year', '26']]))).toEqual({});
  });
});
