import { PlanCommand } from './plan.commands';
import { SteeringGroupDecision } from './plan.model';
import {
  adopted,
  adoption,
  commandOf,
  decision,
  NOW,
  spec,
  submitted,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const adoptWith = (overrides: Partial<SteeringGroupDecision>): PlanCommand<'AdoptPlan'> =>
  commandOf('AdoptPlan', { year, decision: decision(overrides) }, 'Planen är beredd av FK och AV');

describe('Collaboration plan', () => {
  describe('when a steering group decision is recorded', () => {
    it('accepts a decision taken at the very moment it is recorded', () => {
      const command = adoptWith({ decidedAt: NOW.toISOString() });
      spec
        .given(submitted)
        .when(command)
        .then([expect.objectContaining({ type: 'PlanAdopted' })]);
    });

    it('accepts members of other organisations than FK and AV', () => {
      const command = adoptWith({ decidedBy: [{ personId: 'person-fhm-1', organisation: 'FHM' }] });
      spec
        .given(submitted)
        .when(command)
        .then([expect.objectContaining({ type: 'PlanAdopted' })]);
    });

    it('rejects a decision taken after it is recorded', () => {
      const aSecondLater = adoptWith({ decidedAt: '2025-06-03T12:00:01+02:00' });
      spec.given(submitted).when(aSecondLater).thenThrows('DECISION_IN_FUTURE');
    });

    const whenAdoptWith = spec.given(submitted).whenEach(adoptWith);

    it.each(['2025-03-12', '2025-03-12T14:30:00', '12 mars 2025', '2025-02-30T10:00:00Z'])(
      'rejects the decision time %p',
      (decidedAt) => {
        whenAdoptWith({ decidedAt }).thenThrows('INVALID_DECISION_TIME');
      },
    );

    it('rejects a decision without members', () => {
      whenAdoptWith({ decidedBy: [] }).thenThrows('DECISION_WITHOUT_MEMBERS');
    });

    it.each([
      [[{ personId: '', organisation: 'FK' }]],
      [[{ personId: 'person-fk-1', organisation: ' ' }]],
      [
        [
          { personId: 'person-fk-1', organisation: 'FK' },
          { personId: 'person-fk-1', organisation: 'FK' },
        ],
      ],
    ])('rejects the members %j', (decidedBy) => {
      whenAdoptWith({ decidedBy }).thenThrows('INVALID_DECISION_MEMBER');
    });

    it.each(['', '  '])('rejects the minutes reference %p', (minutesReference) => {
      whenAdoptWith({ minutesReference }).thenThrows('MINUTES_REFERENCE_REQUIRED');
    });

    it('rejects a decision that does not say what was decided', () => {
      whenAdoptWith({ what: '' }).thenThrows('DECISION_WHAT_REQUIRED');
    });

    it('rejects a decision without its reference', () => {
      whenAdoptWith({ decisionId: ' ' }).thenThrows('DECISION_ID_REQUIRED');
    });

    it('rejects a decision the plan already cites', () => {
      const command: PlanCommand<'AmendPlan'> = commandOf(
        'AmendPlan',
        { year, decision: adoption, amendment: { kind: 'CANCEL_ACTIVITY', activityId: webinar.activityId } },
        'Ersätts',
      );
      spec.given(adopted).when(command).thenThrows('DECISION_ALREADY_RECORDED');
    });
  });
});
