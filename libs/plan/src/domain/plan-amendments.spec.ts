import { fold } from '@samverkan/core/domain';
import { planDecider } from './plan';
import { PlanCommand } from './plan.commands';
import { ActivityChanges, Amendment, RequestedAmendment } from './plan.model';
import {
  adopted,
  amendmentDecision,
  broadCampaign,
  cancelled,
  commandOf,
  progressed,
  spec,
  tipRoutines,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const amend = (
  amendment: RequestedAmendment,
  reason: string | undefined = 'Beslutat av styrgruppen',
): PlanCommand<'AmendPlan'> => commandOf('AmendPlan', { year, decision: amendmentDecision, amendment }, reason);
const cancelWebinar = amend(
  { kind: 'CANCEL_ACTIVITY', activityId: webinar.activityId },
  'Ersätts av den breda kommunikationsinsatsen',
);

describe('Collaboration plan', () => {
  describe('when it is adopted', () => {
    it('adds an activity by an amendment that cites the decision', () => {
      const amendment: Amendment = { kind: 'ADD_ACTIVITY', activity: broadCampaign };
      spec
        .given(adopted)
        .when(amend(amendment))
        .then([{ type: 'PlanAmended', data: { year, decision: amendmentDecision, amendment } }]);
    });

    it('rejects adding an activity id the plan already has', () => {
      const command = amend({ kind: 'ADD_ACTIVITY', activity: { ...broadCampaign, activityId: webinar.activityId } });
      spec
        .given(adopted)
        .when(command)
        .thenThrows('ACTIVITY_ALREADY_EXISTS', { details: { activityId: webinar.activityId } });
    });

    it('rejects adding an activity that breaks an activity rule', () => {
      const command = amend({ kind: 'ADD_ACTIVITY', activity: { ...broadCampaign, title: '' } });
      spec.given(adopted).when(command).thenThrows('ACTIVITY_TITLE_REQUIRED');
    });

    it('changes an activity by amendment, recording only what really changed', () => {
      const changes: ActivityChanges = { title: webinar.title, owner: 'FK', dueDate: '2025-12-31' };
      const command = amend({ kind: 'CHANGE_ACTIVITY', activityId: webinar.activityId, changes });
      const amendment: Amendment = {
        kind: 'CHANGE_ACTIVITY',
        activityId: webinar.activityId,
        changes: { owner: 'FK', dueDate: '2025-12-31' },
      };
      spec
        .given(adopted)
        .when(command)
        .then([{ type: 'PlanAmended', data: { ...command.data, amendment } }]);
    });

    it('rejects an amendment that changes nothing', () => {
      const command = amend({ kind: 'CHANGE_ACTIVITY', activityId: webinar.activityId, changes: { owner: 'JOINT' } });
      spec
        .given(adopted)
        .when(command)
        .thenThrows('ACTIVITY_UNCHANGED', { details: { activityId: webinar.activityId } });
    });

    it('rejects changing a finished activity', () => {
      const command = amend({ kind: 'CHANGE_ACTIVITY', activityId: tipRoutines.activityId, changes: { title: 'Ny' } });
      const done = [...adopted, progressed(tipRoutines.activityId, 'DONE')];
      spec
        .given(done)
        .when(command)
        .thenThrows('ACTIVITY_ALREADY_FINISHED', { details: { activityId: tipRoutines.activityId, status: 'DONE' } });
    });

    it('rejects changing an activity the plan does not have', () => {
      const command = amend({ kind: 'CHANGE_ACTIVITY', activityId: 'okand', changes: { title: 'Ny' } });
      spec.given(adopted).when(command).thenThrows('ACTIVITY_NOT_FOUND');
    });

    it('cancels an activity, keeping the reason with the amendment', () => {
      const amendment = {
        kind: 'CANCEL_ACTIVITY' as const,
        activityId: webinar.activityId,
        reason: 'Ersätts av den breda kommunikationsinsatsen',
      };
      spec
        .given(adopted)
        .when(cancelWebinar)
        .then([{ type: 'PlanAmended', data: { year, decision: amendmentDecision, amendment } }]);
    });

    it('rejects an amendment of a kind it does not know, rather than recording nothing', () => {
      const command = amend({ kind: 'MERGE_ACTIVITIES' } as unknown as RequestedAmendment);
      expect(() => planDecider.decide(command, fold(planDecider, adopted))).toThrow(
        'Unknown amendment MERGE_ACTIVITIES',
      );
    });

    it('keeps the reason of a cancellation without the spaces around it', () => {
      const amendment = { kind: 'CANCEL_ACTIVITY' as const, activityId: webinar.activityId, reason: 'Ersätts' };
      spec
        .given(adopted)
        .when({ ...cancelWebinar, reason: '  Ersätts \n' })
        .then([{ type: 'PlanAmended', data: { year, decision: amendmentDecision, amendment } }]);
    });

    it('rejects a cancellation without a reason', () => {
      spec
        .given(adopted)
        .when({ ...cancelWebinar, reason: ' ' })
        .thenThrows('REASON_REQUIRED');
    });

    it('rejects cancelling an activity the plan does not have', () => {
      const command = amend({ kind: 'CANCEL_ACTIVITY', activityId: 'okand' });
      spec.given(adopted).when(command).thenThrows('ACTIVITY_NOT_FOUND');
    });

    it('rejects cancelling an activity twice', () => {
      const decision = { ...amendmentDecision, decisionId: 'SG-2025-08' };
      const again = { ...cancelWebinar, data: { ...cancelWebinar.data, decision } };
      spec
        .given([...adopted, cancelled(webinar.activityId)])
        .when(again)
        .thenThrows('ACTIVITY_ALREADY_FINISHED', { details: { activityId: webinar.activityId, status: 'CANCELLED' } });
    });

    it('rejects cancelling a done activity', () => {
      const command = amend({ kind: 'CANCEL_ACTIVITY', activityId: tipRoutines.activityId });
      const done = [...adopted, progressed(tipRoutines.activityId, 'DONE')];
      spec.given(done).when(command).thenThrows('ACTIVITY_ALREADY_FINISHED');
    });
  });
});
