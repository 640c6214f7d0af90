import { amendmentsByActivity } from './amendments';

describe('The amendments marked on the activities they changed', () => {
  it('reads each PlanAmended event for the activity it added, changed or cancelled, in order', () => {
    const marks = amendmentsByActivity([
      { type: 'PlanAdopted', data: { decision: { decisionId: 'SG-1' } } },
      {
        type: 'PlanAmended',
        data: { decision: { decisionId: 'SG-2' }, amendment: { kind: 'ADD_ACTIVITY', activity: { activityId: 'a3' } } },
      },
      {
        type: 'PlanAmended',
        data: { decision: { decisionId: 'SG-3' }, amendment: { kind: 'CHANGE_ACTIVITY', activityId: 'a1' } },
      },
      {
        type: 'PlanAmended',
        data: { decision: { decisionId: 'SG-4' }, amendment: { kind: 'CANCEL_ACTIVITY', activityId: 'a1' } },
      },
      { type: 'PlanAmended', data: null },
    ]);
    expect(marks.get('a1')).toEqual([
      { decisionId: 'SG-3', kind: 'CHANGE_ACTIVITY' },
      { decisionId: 'SG-4', kind: 'CANCEL_ACTIVITY' },
    ]);
    expect(marks.get('a3')).toEqual([{ decisionId: 'SG-2', kind: 'ADD_ACTIVITY' }]);
    expect(marks.size).toBe(2);
  });
});
