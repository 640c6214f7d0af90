import { fold } from '@samverkan/core/domain';
import { planDecider } from './plan';
import { PlanCommand } from './plan.commands';
import { SteeringGroupDecision } from './plan.model';
import {
  adopted,
  adoption,
  commandOf,
  decision,
  draftActivityIds,
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
      spec
        .given(submitted)
        .when(aSecondLater)
        .thenThrows('DECISION_IN_FUTURE', {
          details: { decisionId: 'SG-2025-03', decidedAt: '2025-06-03T12:00:01+02:00', now: NOW.toISOString() },
        });
    });

    const whenAdoptWith = spec.given(submitted).whenEach(adoptWith);

    it.each(['2025-03-12T14:30+01:00', '2025-03-12T14:30:00.5Z', '2025-03-12T14:30:00.123456-05:00'])(
      'accepts the decision time %p, with or without seconds and their fractions',
      (decidedAt) => {
        whenAdoptWith({ decidedAt }).then([
          { type: 'PlanAdopted', data: { year, decision: decision({ decidedAt }), activityIds: draftActivityIds } },
        ]);
      },
    );

    it.each(['2025-03-12', '2025-03-12T14:30:00', '12 mars 2025', '2025-02-30T10:00:00Z'])(
      'rejects the decision time %p',
      (decidedAt) => {
        whenAdoptWith({ decidedAt }).thenThrows('INVALID_DECISION_TIME', {
          details: { decisionId: 'SG-2025-03', decidedAt },
        });
      },
    );

    it('rejects a decision without members', () => {
      whenAdoptWith({ decidedBy: [] }).thenThrows('DECISION_WITHOUT_MEMBERS', {
        details: { decisionId: 'SG-2025-03' },
      });
    });

    it.each([
      [[{ personId: '', organisation: 'FK' }], 0],
      [[{ personId: '  ', organisation: 'FK' }], 0],
      [[{ personId: 'person-fk-1', organisation: ' ' }], 0],
      [
        [
          { personId: 'person-fk-1', organisation: 'FK' },
          { personId: 'person-fk-1', organisation: 'FK' },
        ],
        1,
      ],
    ])('rejects the members %j, naming the one at %p', (decidedBy, index) => {
      whenAdoptWith({ decidedBy }).thenThrows('INVALID_DECISION_MEMBER', {
        details: { decisionId: 'SG-2025-03', index },
      });
    });

    it('tells people which member is wrong, counting from one', () => {
      const twice = { personId: 'person-av-1', organisation: 'AV' };
      const command = adoptWith({ decidedBy: [twice, { personId: 'person-fk-1', organisation: 'FK' }, twice] });
      expect(() => planDecider.decide(command, fold(planDecider, submitted))).toThrow(/Member 3 /);
    });

    it.each(['', '  '])('rejects the minutes reference %p', (minutesReference) => {
      whenAdoptWith({ minutesReference }).thenThrows('MINUTES_REFERENCE_REQUIRED', {
        details: { decisionId: 'SG-2025-03' },
      });
    });

    it.each(['', ' \t'])('rejects a decision that says only %p about what was decided', (what) => {
      whenAdoptWith({ what }).thenThrows('DECISION_WHAT_REQUIRED', { details: { decisionId: 'SG-2025-03' } });
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
      spec
        .given(adopted)
        .when(command)
        .thenThrows('DECISION_ALREADY_RECORDED', { details: { decisionId: adoption.decisionId, year } });
    });
  });
});
