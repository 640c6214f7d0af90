import { ProjectedEvent } from '@samverkan/core';
import type { PlanEvent } from '@samverkan/plan';
import { TrackedActivity, TrackedDoc, TrackedPlan } from './tracked.documents';
import { occurredOn, refOf, WorldClock } from './event-refs';

type PlanActivityData = Extract<PlanEvent, { type: 'ActivityAdded' }>['data']['activity'];
type ActivityChanges = Extract<PlanEvent, { type: 'ActivityChanged' }>['data']['changes'];

/**
 * A plan's activities become duties when the steering group adopts it, or when an amendment adds
 * one: on the day it decided (the decision's world time, its `decidedAt`). An activity is done on
 * the day its DONE progress was recorded, since progress states no other day.
 */
export function evolvePlan(doc: TrackedPlan | null, event: ProjectedEvent, clock: WorldClock): TrackedDoc | null {
  const e = event as unknown as PlanEvent;
  if (e.type === 'PlanDrafted') return { category: 'plan', year: e.data.year, adopted: false, activities: [] };
  if (doc === null) return null;
  const on = occurredOn(event, clock);
  switch (e.type) {
    case 'ActivityAdded':
      return { ...doc, activities: [...doc.activities, activity(e.data.activity, null)] };
    case 'ActivityRemoved':
      return { ...doc, activities: doc.activities.filter((a) => a.activityId !== e.data.activityId) };
    case 'ActivityChanged':
      return changed(doc, e.data.activityId, (a) => withChanges(a, e.data.changes));
    case 'PlanReturnedToDraft':
      return { ...doc, adopted: false };
    case 'PlanAdopted':
      return { ...doc, adopted: true, activities: doc.activities.map((a) => ({ ...a, since: a.since ?? on })) };
    case 'ActivityProgressRecorded': {
      const { status } = e.data;
      const done = status === 'DONE';
      return changed(doc, e.data.activityId, (a) => ({
        ...a,
        status,
        doneOn: done ? on : a.doneOn,
        done: done ? refOf(event) : a.done,
      }));
    }
    case 'PlanAmended': {
      const amendment = e.data.amendment;
      switch (amendment.kind) {
        case 'ADD_ACTIVITY':
          return { ...doc, activities: [...doc.activities, activity(amendment.activity, on)] };
        case 'CHANGE_ACTIVITY':
          return changed(doc, amendment.activityId, (a) => withChanges(a, amendment.changes));
        case 'CANCEL_ACTIVITY':
          return changed(doc, amendment.activityId, (a) => ({ ...a, status: 'CANCELLED' }));
        default:
          return doc;
      }
    }
    default:
      return doc;
  }
}

function activity(a: PlanActivityData, since: string | null): TrackedActivity {
  return {
    activityId: a.activityId,
    title: a.title,
    owner: a.owner,
    dueDate: a.dueDate,
    status: 'PLANNED',
    since,
    doneOn: null,
    done: null,
  };
}

function withChanges(a: TrackedActivity, changes: ActivityChanges): TrackedActivity {
  return {
    ...a,
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.owner !== undefined ? { owner: changes.owner } : {}),
    ...(changes.dueDate !== undefined ? { dueDate: changes.dueDate } : {}),
  };
}

function changed(doc: TrackedPlan, activityId: string, change: (a: TrackedActivity) => TrackedActivity): TrackedPlan {
  return { ...doc, activities: doc.activities.map((a) => (a.activityId === activityId ? change(a) : a)) };
}
