import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { applyChanges } from './plan.activity';
import { PlanEvent } from './plan.events';
import {
  ActivityChanges,
  ActivityStatus,
  Amendment,
  DiaryNumbers,
  PlanActivity,
  PlanStatus,
  SteeringGroupDecision,
} from './plan.model';

export interface ActivityState extends PlanActivity {
  status: ActivityStatus;
  /** Set when an amendment cancelled the activity. */
  cancellationReason?: string;
}

export interface ExistingPlan {
  status: PlanStatus;
  year: number;
  title: string;
  diaryNumbers: DiaryNumbers;
  /** In the order they were added. */
  activities: ReadonlyMap<string, ActivityState>;
  /** Every steering group decision the plan has cited, so none is recorded twice. */
  decisionIds: readonly string[];
}

export type PlanState = NotStarted | ExistingPlan;

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolve = evolveEntity<PlanEvent, ExistingPlan, 'PlanDrafted'>(
  {
    PlanDrafted: ({ data: { year, title, diaryNumbers } }) => ({
      status: 'DRAFT',
      year,
      title,
      diaryNumbers,
      activities: new Map(),
      decisionIds: [],
    }),
  },
  {
    ActivityAdded: (plan, { data }) => withActivity(plan, { ...data.activity, status: 'PLANNED' }),
    ActivityRemoved: (plan, { data }) => withoutActivity(plan, data.activityId),
    ActivityChanged: (plan, { data }) => changed(plan, data.activityId, data.changes),
    PlanSubmitted: (plan) => ({ ...plan, status: 'SUBMITTED' }),
    ActivityProgressRecorded: (plan, { data }) => withStatus(plan, data.activityId, data.status),
    PlanReturnedToDraft: (plan, { data }) => ({ ...cited(plan, data.decision), status: 'DRAFT' }),
    PlanAdopted: (plan, { data }) => ({ ...cited(plan, data.decision), status: 'ADOPTED' }),
    PlanAmended: (plan, { data }) => amended(cited(plan, data.decision), data.amendment),
    PlanFollowedUp: (plan, { data }) => ({ ...cited(plan, data.decision), status: 'FOLLOWED_UP' }),
    PlanClosed: (plan, { data }) => ({ ...cited(plan, data.decision), status: 'CLOSED' }),
  },
);

function withActivity(plan: ExistingPlan, activity: ActivityState): ExistingPlan {
  return { ...plan, activities: new Map(plan.activities).set(activity.activityId, activity) };
}

function withoutActivity(plan: ExistingPlan, activityId: string): ExistingPlan {
  const activities = new Map(plan.activities);
  activities.delete(activityId);
  return { ...plan, activities };
}

function updated(plan: ExistingPlan, activityId: string, update: (a: ActivityState) => ActivityState): ExistingPlan {
  const activity = plan.activities.get(activityId);
  return activity ? withActivity(plan, update(activity)) : plan;
}

function changed(plan: ExistingPlan, activityId: string, changes: ActivityChanges): ExistingPlan {
  return updated(plan, activityId, (activity) => applyChanges(activity, changes));
}

function withStatus(plan: ExistingPlan, activityId: string, status: ActivityStatus, reason?: string): ExistingPlan {
  return updated(plan, activityId, (activity) => ({
    ...activity,
    status,
    ...(reason !== undefined ? { cancellationReason: reason } : {}),
  }));
}

function cited(plan: ExistingPlan, decision: SteeringGroupDecision): ExistingPlan {
  return { ...plan, decisionIds: [...plan.decisionIds, decision.decisionId] };
}

function amended(plan: ExistingPlan, amendment: Amendment): ExistingPlan {
  switch (amendment.kind) {
    case 'ADD_ACTIVITY':
      return withActivity(plan, { ...amendment.activity, status: 'PLANNED' });
    case 'CHANGE_ACTIVITY':
      return changed(plan, amendment.activityId, amendment.changes);
    case 'CANCEL_ACTIVITY':
      return withStatus(plan, amendment.activityId, 'CANCELLED', amendment.reason);
    default: {
      // A kind this release does not know (a later release's) changes no activity it folds.
      const _unknown: never = amendment;
      return plan;
    }
  }
}
