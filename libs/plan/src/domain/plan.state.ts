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

export interface NoPlan {
  status: 'NONE';
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

export type PlanState = NoPlan | ExistingPlan;

export function initialState(): PlanState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolve(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanDrafted': {
      const { year, title, diaryNumbers } = event.data;
      return { status: 'DRAFT', year, title, diaryNumbers, activities: new Map(), decisionIds: [] };
    }
    case 'ActivityAdded':
      return onPlan(state, (plan) => withActivity(plan, { ...event.data.activity, status: 'PLANNED' }));
    case 'ActivityRemoved':
      return onPlan(state, (plan) => withoutActivity(plan, event.data.activityId));
    case 'ActivityChanged':
      return onPlan(state, (plan) => changed(plan, event.data.activityId, event.data.changes));
    case 'PlanSubmitted':
      return onPlan(state, (plan) => ({ ...plan, status: 'SUBMITTED' }));
    case 'ActivityProgressRecorded':
      return onPlan(state, (plan) => withStatus(plan, event.data.activityId, event.data.status));
    case 'PlanReturnedToDraft':
      return onPlan(state, (plan) => ({ ...cited(plan, event.data.decision), status: 'DRAFT' }));
    case 'PlanAdopted':
      return onPlan(state, (plan) => ({ ...cited(plan, event.data.decision), status: 'ADOPTED' }));
    case 'PlanAmended':
      return onPlan(state, (plan) => amended(cited(plan, event.data.decision), event.data.amendment));
    case 'PlanFollowedUp':
      return onPlan(state, (plan) => ({ ...cited(plan, event.data.decision), status: 'FOLLOWED_UP' }));
    case 'PlanClosed':
      return onPlan(state, (plan) => ({ ...cited(plan, event.data.decision), status: 'CLOSED' }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before PlanDrafted cannot occur in a plan stream; if one did, it changes nothing. */
function onPlan(state: PlanState, change: (plan: ExistingPlan) => ExistingPlan): PlanState {
  return state.status === 'NONE' ? state : change(state);
}

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
      const unknown: never = amendment;
      return unknown;
    }
  }
}
