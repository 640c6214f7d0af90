import { fold } from '@samverkan/core/domain';
import { planDecider } from './plan';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import {
  added,
  addWebinar,
  adopted,
  adoption,
  aDraft,
  cancelWebinar,
  closingDecision,
  commandOf,
  decision,
  draftActivityIds,
  drafted,
  planSubmitted,
  recordProgress,
  spec,
  submitted,
  tipRoutines,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const draftPlan: PlanCommand<'DraftPlan'> = commandOf('DraftPlan', drafted.data);
const submit: PlanCommand = commandOf('SubmitPlan', { year });
const adopt: PlanCommand<'AdoptPlan'> = commandOf(
  'AdoptPlan',
  { year, decision: adoption },
  'Planen är beredd av FK och AV',
);
const returnToDraft = (reason?: string): PlanCommand<'ReturnPlanToDraft'> =>
  commandOf(
    'ReturnPlanToDraft',
    { year, decision: decision({ decisionId: 'SG-2025-02', what: 'Planen återförvisas till beredningen' }) },
    reason,
  );
const progress = recordProgress('IN_PROGRESS', 'Dialoger i ledningsgrupper');
const followUp: PlanCommand = commandOf(
  'FollowUpPlan',
  { year, decision: decision({ decisionId: 'SG-2025-10' }), summary: 'Tertial 1' },
  'Tertialuppföljning',
);
const close: PlanCommand = commandOf('ClosePlan', { year, decision: closingDecision }, 'Klar');

describe('Collaboration plan', () => {
  describe('when it does not exist', () => {
    it('is drafted with its year, title and diary numbers', () => {
      spec.given([]).when(draftPlan).then([drafted]);
    });

    it('is drafted without diary numbers, to be registered later', () => {
      const command: PlanCommand<'DraftPlan'> = { ...draftPlan, data: { year, title: 'Plan 2025', diaryNumbers: {} } };
      spec
        .given([])
        .when(command)
        .then([{ type: 'PlanDrafted', data: command.data }]);
    });

    it.each([1999, 2025.5, 2101])('rejects the year %p', (badYear) => {
      spec
        .given([])
        .when({ ...draftPlan, data: { ...draftPlan.data, year: badYear } })
        .thenThrows('INVALID_PLAN_YEAR', { details: { year: badYear } });
    });

    it('rejects a draft without a title', () => {
      spec
        .given([])
        .when({ ...draftPlan, data: { ...draftPlan.data, title: ' ' } })
        .thenThrows('PLAN_TITLE_REQUIRED', { details: { year } });
    });

    it.each([submit, adopt, addWebinar, progress, cancelWebinar, followUp, close])(
      'rejects $type as not found',
      (command) => {
        spec
          .given([])
          .when(command)
          .thenThrows('PLAN_NOT_FOUND', { details: { entity: 'Plan', id: '2025' } });
      },
    );
  });

  it('rejects a command it does not know, rather than deciding nothing', () => {
    const unknown = { type: 'PublishPlan', data: { year }, metadata: draftPlan.metadata } as unknown as PlanCommand;
    expect(() => planDecider.decide(unknown, fold(planDecider, aDraft))).toThrow('Unknown plan command PublishPlan');
  });

  describe('when it is a draft', () => {
    it('rejects drafting the same year again', () => {
      spec.given(aDraft).when(draftPlan).thenThrows('PLAN_ALREADY_EXISTS', { details: { year } });
    });

    it('is submitted with the activities it holds', () => {
      spec.given(aDraft).when(submit).then([planSubmitted]);
    });

    it('rejects submitting it without activities', () => {
      spec.given([drafted]).when(submit).thenThrows('PLAN_HAS_NO_ACTIVITIES', { details: { year } });
    });

    it('rejects adoption before it is submitted', () => {
      spec
        .given(aDraft)
        .when(adopt)
        .thenThrows('PLAN_NOT_SUBMITTED', { details: { year, status: 'DRAFT' } });
    });

    it('rejects returning it to draft', () => {
      spec.given(aDraft).when(returnToDraft('Behöver omarbetas')).thenThrows('PLAN_NOT_SUBMITTED');
    });

    it.each([progress, cancelWebinar, followUp])('rejects $type before adoption', (command) => {
      spec
        .given(aDraft)
        .when(command)
        .thenThrows('PLAN_NOT_ADOPTED', { details: { year, status: 'DRAFT' } });
    });

    it('rejects closing', () => {
      spec
        .given(aDraft)
        .when(close)
        .thenThrows('PLAN_NOT_FOLLOWED_UP', { details: { year, status: 'DRAFT' } });
    });
  });

  describe('when it is submitted', () => {
    it('is adopted by a steering group decision, recording what it adopted', () => {
      spec
        .given(submitted)
        .when(adopt)
        .then([{ type: 'PlanAdopted', data: { year, decision: adoption, activityIds: draftActivityIds } }]);
    });

    it.each([undefined, '', '   '])('rejects adoption with the reason %p', (reason) => {
      spec
        .given(submitted)
        .when({ ...adopt, reason })
        .thenThrows('REASON_REQUIRED');
    });

    it('is returned to draft by a steering group decision', () => {
      const command = returnToDraft('Indikatorerna behöver preciseras');
      spec
        .given(submitted)
        .when(command)
        .then([{ type: 'PlanReturnedToDraft', data: command.data }]);
    });

    it('rejects returning it to draft without a reason', () => {
      spec.given(submitted).when(returnToDraft('')).thenThrows('REASON_REQUIRED');
    });

    it('rejects a new activity', () => {
      spec.given(submitted).when(addWebinar).thenThrows('PLAN_NOT_DRAFT');
    });

    it('rejects submitting it again', () => {
      spec
        .given(submitted)
        .when(submit)
        .thenThrows('PLAN_NOT_DRAFT', { details: { year, status: 'SUBMITTED' } });
    });
  });

  describe('when it was returned to draft', () => {
    const returnedEvent: PlanEvent = { type: 'PlanReturnedToDraft', data: returnToDraft('x').data };
    const returned = [drafted, added(tipRoutines), planSubmitted, returnedEvent];

    it('accepts a new activity', () => {
      spec
        .given(returned)
        .when(addWebinar)
        .then([added(webinar)]);
    });

    it('rejects adoption until it is submitted again', () => {
      spec.given(returned).when(adopt).thenThrows('PLAN_NOT_SUBMITTED');
    });

    it('rejects citing the decision that returned it to adopt it', () => {
      const reused: PlanCommand<'AdoptPlan'> = { ...adopt, data: { year, decision: returnToDraft().data.decision } };
      spec
        .given([...returned, planSubmitted])
        .when(reused)
        .thenThrows('DECISION_ALREADY_RECORDED');
    });
  });

  describe('when it is adopted', () => {
    it('rejects adopting it again', () => {
      const again: PlanCommand<'AdoptPlan'> = {
        ...adopt,
        data: { year, decision: decision({ decisionId: 'SG-2025-04' }) },
      };
      spec.given(adopted).when(again).thenThrows('PLAN_NOT_SUBMITTED');
    });

    it('rejects returning it to draft', () => {
      spec.given(adopted).when(returnToDraft('För sent')).thenThrows('PLAN_NOT_SUBMITTED');
    });

    it('rejects direct changes to its activities', () => {
      spec.given(adopted).when(addWebinar).thenThrows('PLAN_NOT_DRAFT');
    });
  });
});
