import { fold } from '@samverkan/core/domain';
import { without } from '@samverkan/core/testing/edges';
import { planDecider } from './plan';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import { IndicatorResult, PlanActivity } from './plan.model';
import {
  added,
  addWebinar,
  adopted,
  cancelled,
  cancelWebinar,
  closeable,
  closed,
  closingDecision,
  commandOf,
  decision,
  draftActivityIds,
  drafted,
  followedUp,
  followUpDecision,
  metadata,
  planAdopted,
  planSubmitted,
  progressed,
  recordProgress,
  spec,
  tipRoutines,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const tipsResult: IndicatorResult = {
  activityId: tipRoutines.activityId,
  indicator: 'antal tips',
  result: '14 tips första tertialen, varav 3 ledde till åtgärd',
};
const followUp = (
  summary = 'Tipsrutinerna är reviderade',
  indicatorResults = [tipsResult],
): PlanCommand<'FollowUpPlan'> =>
  commandOf(
    'FollowUpPlan',
    { year, decision: decision({ decisionId: 'SG-2025-10' }), summary, indicatorResults },
    'Tertialuppföljning enligt planen',
  );
const close = (reason = 'Alla aktiviteter är genomförda eller inställda'): PlanCommand<'ClosePlan'> =>
  commandOf('ClosePlan', { year, decision: closingDecision }, reason);
const progress = recordProgress('DONE', 'Reviderade rutiner publicerade');
/** What a follow-up with the tips result records: the decision as the command states it. */
const followedUpWithTips = {
  type: 'PlanFollowedUp' as const,
  data: { ...followUp().data, indicatorResults: [tipsResult] },
};

describe('Collaboration plan', () => {
  describe('when it is adopted', () => {
    it('is followed up by a steering group decision with indicator results', () => {
      spec.given(adopted).when(followUp()).then([followedUpWithTips]);
    });

    it('records a follow-up without indicator results with an empty list', () => {
      const { indicatorResults: _, ...data } = followUp().data;
      spec
        .given(adopted)
        .when({ ...followUp(), data })
        .then([{ type: 'PlanFollowedUp', data: { ...data, indicatorResults: [] } }]);
    });

    const whenFollowUp = spec.given(adopted).whenEach(followUp);

    it('rejects a follow-up without a summary', () => {
      whenFollowUp(' ').thenThrows('FOLLOW_UP_SUMMARY_REQUIRED', { details: { year } });
    });

    it('rejects a follow-up whose summary is left out entirely', () => {
      spec.given(adopted).when(without(followUp(), 'summary')).thenThrows('FOLLOW_UP_SUMMARY_REQUIRED');
    });

    it('rejects a follow-up without a reason', () => {
      spec
        .given(adopted)
        .when({ ...followUp(), reason: undefined })
        .thenThrows('REASON_REQUIRED');
    });

    it('rejects a result for an indicator the activity does not have', () => {
      const result = { ...tipsResult, indicator: 'antal deltagare' };
      whenFollowUp(undefined, [result]).thenThrows('INDICATOR_NOT_FOUND', {
        details: { activityId: tipRoutines.activityId, indicator: 'antal deltagare' },
      });
    });

    it('rejects a result for an activity added with its indicators left out', () => {
      const { indicators: _left, ...withoutIndicators } = tipRoutines;
      const activity = withoutIndicators as PlanActivity;
      const given = [drafted, added(activity), planSubmitted, planAdopted].map((event) =>
        event.type === 'PlanSubmitted' || event.type === 'PlanAdopted'
          ? { ...event, data: { ...event.data, activityIds: [activity.activityId] } }
          : event,
      ) as PlanEvent[];
      spec
        .given(given)
        .when(followUp())
        .thenThrows('INDICATOR_NOT_FOUND', {
          details: { activityId: tipRoutines.activityId, indicator: 'antal tips' },
        });
    });

    it('rejects an empty indicator result', () => {
      const result = { ...tipsResult, result: ' ' };
      whenFollowUp(undefined, [result]).thenThrows('INDICATOR_RESULT_REQUIRED', {
        details: { activityId: tipRoutines.activityId, indicator: 'antal tips' },
      });
    });

    it('rejects an indicator result whose result is left out entirely', () => {
      const { result: _left, ...withoutResult } = tipsResult;
      whenFollowUp(undefined, [withoutResult as IndicatorResult]).thenThrows('INDICATOR_RESULT_REQUIRED');
    });

    it('rejects a result for an activity the plan does not have', () => {
      const result = { ...tipsResult, activityId: 'okand-aktivitet' };
      whenFollowUp(undefined, [result]).thenThrows('ACTIVITY_NOT_FOUND', {
        details: { year, activityId: 'okand-aktivitet' },
      });
    });

    it('rejects closing before a follow-up, even with every activity finished', () => {
      const finished = [...adopted, progressed(tipRoutines.activityId, 'DONE'), cancelled(webinar.activityId)];
      spec
        .given(finished)
        .when(close())
        .thenThrows('PLAN_NOT_FOLLOWED_UP', { details: { year, status: 'ADOPTED' } });
    });
  });

  describe('when it is followed up', () => {
    it('is followed up again', () => {
      spec.given(followedUp).when(followUp()).then([followedUpWithTips]);
    });

    it('rejects a follow-up decision it already recorded', () => {
      const again = followUp();
      spec
        .given(followedUp)
        .when({ ...again, data: { ...again.data, decision: followUpDecision } })
        .thenThrows('DECISION_ALREADY_RECORDED', { details: { decisionId: followUpDecision.decisionId, year } });
    });

    it('still accepts progress on its activities', () => {
      spec
        .given(followedUp)
        .when(progress)
        .then([{ type: 'ActivityProgressRecorded', data: progress.data }]);
    });

    it('still accepts amendments', () => {
      const [event] = planDecider.decide(cancelWebinar, fold(planDecider, followedUp));
      expect(event.type).toBe('PlanAmended');
    });

    const whenClose = spec.given(closeable).whenEach(close);

    it('is closed by a steering group decision when every activity is done or cancelled', () => {
      whenClose().then([{ type: 'PlanClosed', data: { year, decision: closingDecision } }]);
    });

    it('rejects closing while activities are open', () => {
      spec.given(followedUp).when(close()).thenThrows('PLAN_HAS_OPEN_ACTIVITIES');
    });

    it('names the open activities when it refuses to close', () => {
      const open = [...followedUp, progressed(tipRoutines.activityId, 'IN_PROGRESS')];
      expect(() => planDecider.decide(close(), fold(planDecider, open))).toThrow(
        expect.objectContaining({ code: 'PLAN_HAS_OPEN_ACTIVITIES', details: { year, activityIds: draftActivityIds } }),
      );
    });

    it.each([
      ['blank', ' '],
      ['left out', undefined],
    ])('counts an activity cancelled with its reason %s as open', (_, reason) => {
      const cancellation = cancelled(webinar.activityId);
      const amendment = { ...cancellation.data.amendment, reason };
      const withoutReason = { ...cancellation, data: { ...cancellation.data, amendment } } as PlanEvent;
      spec
        .given([...followedUp, progressed(tipRoutines.activityId, 'DONE'), withoutReason])
        .when(close())
        .thenThrows('PLAN_HAS_OPEN_ACTIVITIES', { details: { year, activityIds: [webinar.activityId] } });
    });

    it('rejects closing without a reason', () => {
      whenClose('').thenThrows('REASON_REQUIRED');
    });
  });

  describe('when it is closed', () => {
    const commands: PlanCommand[] = [
      addWebinar,
      { type: 'SubmitPlan', data: { year }, metadata },
      progress,
      cancelWebinar,
      followUp(),
      close(),
    ];

    it.each(commands)('rejects $type', (command) => {
      spec.given(closed).when(command).thenThrows('PLAN_CLOSED', { details: { year } });
    });

    it('rejects drafting the same year again', () => {
      spec
        .given(closed)
        .when({ type: 'DraftPlan', data: drafted.data, metadata })
        .thenThrows('PLAN_ALREADY_EXISTS', { details: { year } });
    });
  });
});
