import { lines } from '../../forms/fields/lines';
import { activityInput, decisionInput, members } from './plan-fields';

describe("The steering group's form fields", () => {
  it('reads members as "name, organisation" lines and refuses any other line', () => {
    expect(members('Anna Berg, FK\n  Per Lund , av \n')).toEqual([
      { name: 'Anna Berg', organisation: 'FK' },
      { name: 'Per Lund', organisation: 'AV' },
    ]);
    expect(members('Anna Berg')).toBeNull();
    expect(members('Anna Berg, Kommunen')).toBeNull();
    expect(members('')).toBeNull();
  });

  it('makes an activity input of the form, indicators by line and no region when none is given', () => {
    expect(
      activityInput({
        title: ' Tips ',
        area: 'TIP_ROUTINES',
        owner: 'JOINT',
        dueDate: '2027-06-30',
        indicators: 'a\n\n b ',
      }),
    ).toEqual({ title: 'Tips', area: 'TIP_ROUTINES', owner: 'JOINT', dueDate: '2027-06-30', indicators: ['a', 'b'] });
    expect(
      activityInput({ title: 'x', area: 'OTHER', owner: 'FK', dueDate: '2027-01-01', region: 'Norr' }).region,
    ).toBe('Norr');
    expect(lines()).toEqual([]);
  });

  it('makes a decision with who, when, what, the minutes and the reason', () => {
    const input = decisionInput({
      decisionId: 'SG-2027-01',
      decidedAt: '2027-02-14T10:00',
      what: 'Planen fastställs',
      minutesReference: 'Protokoll 2027-02-14 §4',
      decidedBy: 'Anna Berg, FK',
      reason: 'Enligt överenskommelsen',
    });
    expect(input.decision).toMatchObject({
      decisionId: 'SG-2027-01',
      minutesReference: 'Protokoll 2027-02-14 §4',
      decidedBy: [{ name: 'Anna Berg', organisation: 'FK' }],
    });
    expect(new Date(input.decision.decidedAt).toISOString()).toBe(input.decision.decidedAt);
    expect(input.reason).toBe('Enligt överenskommelsen');
  });
});
