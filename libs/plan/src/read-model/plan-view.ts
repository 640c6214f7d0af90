import { EventCatalog, EventMetadata, ProjectedEvent } from '@samverkan/core';
import {
  ActivityStatus,
  DiaryNumbers,
  IndicatorResult,
  PlanActivity,
  PlanEvent,
  PlanStatus,
  SteeringGroupDecision,
} from '../domain';
import { applyChanges } from '../domain/plan.activity';

export interface ProgressEntry {
  status: ActivityStatus;
  note: string;
  recordedAt: string;
}

export interface ActivityView extends PlanActivity {
  status: ActivityStatus;
  cancellationReason: string | null;
  progress: ProgressEntry[];
  /** Added after adoption, by an amendment. */
  addedByDecision: string | null;
}

export interface DecisionView extends SteeringGroupDecision {
  /** The event that recorded it, e.g. PlanAdopted. */
  recordedAs: PlanEvent['type'];
  reason: string | null;
}

export interface FollowUpView {
  decisionId: string;
  summary: string;
  indicatorResults: IndicatorResult[];
}

/** The plan as its readers see it: one JSON document per year. */
export interface PlanView {
  year: number;
  title: string;
  diaryNumbers: DiaryNumbers;
  status: PlanStatus;
  activities: ActivityView[];
  decisions: DecisionView[];
  followUps: FollowUpView[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Pure: the view after one more event, each event dated by when it happened (the catalog's world
 * time): a decision on its `decidedAt`; drafting, edits and progress, which state no time, when
 * they were sent.
 */
export function evolvePlanView(
  view: PlanView | null,
  event: ProjectedEvent,
  clock: Pick<EventCatalog, 'occurredAt'>,
): PlanView | null {
  const e = { type: event.type, data: event.data } as PlanEvent;
  const meta = event.metadata as Partial<EventMetadata>;
  const at = clock.occurredAt(event).at;
  if (e.type === 'PlanDrafted') {
    const { year, title, diaryNumbers } = e.data;
    return {
      year,
      title,
      diaryNumbers,
      status: 'DRAFT',
      activities: [],
      decisions: [],
      followUps: [],
      createdAt: at,
      updatedAt: at,
    };
  }
  if (!view) return null;
  // The latest moment anything in the plan happened: a decision recorded late, dated earlier, does not move it back.
  const next: PlanView = { ...view, updatedAt: at > view.updatedAt ? at : view.updatedAt };
  const decided = (decision: SteeringGroupDecision): DecisionView[] => [
    ...view.decisions,
    { ...decision, recordedAs: e.type, reason: meta.reason ?? null },
  ];
  switch (e.type) {
    case 'ActivityAdded':
      return { ...next, activities: [...view.activities, newActivity(e.data.activity, null)] };
    case 'ActivityRemoved':
      return { ...next, activities: view.activities.filter((a) => a.activityId !== e.data.activityId) };
    case 'ActivityChanged':
      return { ...next, activities: mapActivity(view, e.data.activityId, (a) => applyChanges(a, e.data.changes)) };
    case 'PlanSubmitted':
      return { ...next, status: 'SUBMITTED' };
    case 'ActivityProgressRecorded':
      return {
        ...next,
        activities: mapActivity(view, e.data.activityId, (a) => ({
          ...a,
          status: e.data.status,
          progress: [...a.progress, { status: e.data.status, note: e.data.note, recordedAt: at }],
        })),
      };
    case 'PlanReturnedToDraft':
      return { ...next, status: 'DRAFT', decisions: decided(e.data.decision) };
    case 'PlanAdopted':
      return { ...next, status: 'ADOPTED', decisions: decided(e.data.decision) };
    case 'PlanAmended': {
      const { amendment, decision } = e.data;
      const amended = { ...next, decisions: decided(decision) };
      if (amendment.kind === 'ADD_ACTIVITY') {
        return { ...amended, activities: [...view.activities, newActivity(amendment.activity, decision.decisionId)] };
      }
      if (amendment.kind === 'CHANGE_ACTIVITY') {
        return {
          ...amended,
          activities: mapActivity(view, amendment.activityId, (a) => applyChanges(a, amendment.changes)),
        };
      }
      return {
        ...amended,
        activities: mapActivity(view, amendment.activityId, (a) => ({
          ...a,
          status: 'CANCELLED',
          cancellationReason: amendment.reason,
        })),
      };
    }
    case 'PlanFollowedUp': {
      const { decision, summary, indicatorResults } = e.data;
      return {
        ...next,
        status: 'FOLLOWED_UP',
        decisions: decided(decision),
        followUps: [...view.followUps, { decisionId: decision.decisionId, summary, indicatorResults }],
      };
    }
    case 'PlanClosed':
      return { ...next, status: 'CLOSED', decisions: decided(e.data.decision) };
    default: {
      const unknown: never = e;
      return unknown;
    }
  }
}

function newActivity(activity: PlanActivity, addedByDecision: string | null): ActivityView {
  return { ...activity, status: 'PLANNED', cancellationReason: null, progress: [], addedByDecision };
}

function mapActivity(view: PlanView, id: string, change: (a: ActivityView) => ActivityView): ActivityView[] {
  return view.activities.map((a) => (a.activityId === id ? change(a) : a));
}
