import { Decider, handled, ofEntity, stated, notStarted } from '@samverkan/core/domain';
import { ActivityCommand, ActivityEvent } from './project-activity.commands';
import { decideActivity } from './project-activity.decide';
import { ActivityState, evolveActivity } from './project-activity.state';

export type { ActivityState, ExistingActivity, RecordedParticipants } from './project-activity.state';

/** One stream per activity; the category `projectActivity` holds no dash, as the category projection needs. */
export function activityStream(activityId: string): string {
  return `projectActivity-${activityId}`;
}

export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: notStarted,
  evolve: evolveActivity,
  decide: decideActivity,
  worldTimes: {
    PlanActivity: handled,
    RescheduleActivity: handled,
    HoldActivity: stated('heldOn'),
    // Who took part is a fact of the activity: it happened the day it was held.
    RecordParticipants: ofEntity('activity.heldOn', (state: ActivityState) =>
      state.status === 'NONE' ? undefined : state.heldOn,
    ),
    CancelActivity: handled,
    ReportEvaluation: handled,
  },
};
