import { isCalendarDate } from '@samverkan/core/domain';
import { ActivityChanges, ActivityStatus, PlanActivity } from './plan.model';
import { PLAN_RULES } from './plan.rules';

const CHANGEABLE_FIELDS = ['title', 'area', 'owner', 'region', 'dueDate', 'indicators'] as const;

export function isFinished(status: ActivityStatus): boolean {
  return status === 'DONE' || status === 'CANCELLED';
}

/** The activity with the changes applied; `region: null` removes the region. */
export function applyChanges<A extends PlanActivity>(activity: A, changes: ActivityChanges): A {
  const next: A = { ...activity };
  for (const field of CHANGEABLE_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    if (value === null) delete next.region;
    else Object.assign(next, { [field]: value });
  }
  return next;
}

/** Only the requested changes whose value differs from the activity's, so no event records a no-op. */
export function effectiveChanges(activity: PlanActivity, changes: ActivityChanges): ActivityChanges {
  const effective: ActivityChanges = {};
  for (const field of CHANGEABLE_FIELDS) {
    const value = changes[field];
    if (value === undefined || sameValue(activity[field] ?? null, value)) continue;
    Object.assign(effective, { [field]: value });
  }
  return effective;
}

function sameValue(current: unknown, requested: unknown): boolean {
  if (Array.isArray(current) && Array.isArray(requested)) {
    return current.length === requested.length && current.every((item, i) => item === requested[i]);
  }
  return current === requested;
}

/** The rules an activity holds whenever it is added or changed, in a draft or by amendment. */
export function assertValidActivity(activity: PlanActivity, planYear: number): void {
  const { activityId } = activity;
  if (!activityId?.trim()) {
    throw PLAN_RULES.violation('ACTIVITY_ID_REQUIRED', 'An activity needs an id');
  }
  if (!activity.title?.trim()) {
    throw PLAN_RULES.violation('ACTIVITY_TITLE_REQUIRED', 'An activity needs a title', { activityId });
  }
  if (!isCalendarDate(activity.dueDate)) {
    throw PLAN_RULES.violation('INVALID_DUE_DATE', 'The due date must be a date written YYYY-MM-DD', {
      activityId,
      dueDate: activity.dueDate,
    });
  }
  if (activity.dueDate < `${planYear}-01-01`) {
    throw PLAN_RULES.violation(
      'DUE_DATE_BEFORE_PLAN_YEAR',
      `An activity of the ${planYear} plan cannot be due before ${planYear}`,
      { activityId, dueDate: activity.dueDate },
    );
  }
  // Indicators may be left out entirely: an activity without any has none to check.
  const seen = new Set<string>();
  activity.indicators?.forEach((indicator) => {
    const problem = !indicator?.trim() ? 'blank' : seen.has(indicator.trim()) ? 'repeated' : null;
    if (problem) {
      throw PLAN_RULES.violation('INVALID_INDICATOR', `An indicator is ${problem}`, { activityId, indicator });
    }
    seen.add(indicator.trim());
  });
}
