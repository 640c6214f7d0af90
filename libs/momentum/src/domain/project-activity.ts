import { atEntityDate, entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideActivity } from './project-activity.decide';
import { evolveActivity } from './project-activity.state';

export const activityStream = streamOfCategory('projectActivity');

export const activityDecider = entityDecider(evolveActivity, decideActivity, {
  PlanActivity: handled,
  RescheduleActivity: handled,
  HoldActivity: stated('heldOn'),
  // Who took part is a fact of the activity: it happened the day it was held.
  RecordParticipants: atEntityDate('activity', 'heldOn'),
  CancelActivity: handled,
  ReportEvaluation: handled,
});
