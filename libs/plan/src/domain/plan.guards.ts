import { NotFoundError } from '@samverkan/core/domain';
import { assertValidActivity, applyChanges, effectiveChanges, isFinished } from './plan.activity';
import { ActivityChanges, PlanStatus } from './plan.model';
import { ActivityState, ExistingPlan, PlanState } from './plan.state';
import { PLAN_RULES, PlanRuleCode } from './plan.rules';

/** A plan stays adopted through its follow-ups: work, amendments and further follow-ups go on. */
export const ADOPTED_STATUSES: readonly PlanStatus[] = ['ADOPTED', 'FOLLOWED_UP'];

export function inStatus(
  state: PlanState,
  year: number,
  allowed: readonly PlanStatus[],
  code: PlanRuleCode,
): ExistingPlan {
  if (state.status === 'NONE') throw new NotFoundError('Plan', String(year));
  if (state.status === 'CLOSED') {
    throw PLAN_RULES.violation('PLAN_CLOSED', `The ${year} plan is closed`, { year });
  }
  if (!allowed.includes(state.status)) {
    throw PLAN_RULES.violation(code, `The ${year} plan is ${state.status}, not ${allowed.join(' or ')}`, {
      year,
      status: state.status,
    });
  }
  return state;
}

export function activityOf(plan: ExistingPlan, activityId: string): ActivityState {
  const activity = plan.activities.get(activityId);
  if (!activity) {
    throw PLAN_RULES.violation('ACTIVITY_NOT_FOUND', `The ${plan.year} plan has no activity ${activityId}`, {
      year: plan.year,
      activityId,
    });
  }
  return activity;
}

export function unfinishedActivityOf(plan: ExistingPlan, activityId: string): ActivityState {
  const activity = activityOf(plan, activityId);
  if (isFinished(activity.status)) {
    throw PLAN_RULES.violation('ACTIVITY_ALREADY_FINISHED', `Activity ${activityId} is ${activity.status}`, {
      activityId,
      status: activity.status,
    });
  }
  return activity;
}

export function assertNewActivityId(plan: ExistingPlan, activityId: string): void {
  if (plan.activities.has(activityId)) {
    throw PLAN_RULES.violation('ACTIVITY_ALREADY_EXISTS', `The plan already has an activity ${activityId}`, {
      activityId,
    });
  }
}

export function isSettled(activity: ActivityState): boolean {
  return activity.status === 'DONE' || (activity.status === 'CANCELLED' && !!activity.cancellationReason?.trim());
}

/** The changes that really change something, after checking the changed activity still holds. */
export function checkedChanges(plan: ExistingPlan, activity: ActivityState, changes: ActivityChanges): ActivityChanges {
  assertValidActivity(applyChanges(activity, changes), plan.year);
  const effective = effectiveChanges(activity, changes);
  if (Object.keys(effective).length === 0) {
    throw PLAN_RULES.violation('ACTIVITY_UNCHANGED', `The changes leave activity ${activity.activityId} as it is`, {
      activityId: activity.activityId,
    });
  }
  return effective;
}
