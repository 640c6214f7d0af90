/** The values commands and events of the collaboration plan (plan för aktiv samverkan) share. */

export const ACTIVITY_AREAS = [
  'TIP_ROUTINES',
  'COMMUNICATION',
  'JOINT_SUPERVISION',
  'DIALOGUE',
  'KNOWLEDGE',
  'OTHER',
] as const;
export type ActivityArea = (typeof ACTIVITY_AREAS)[number];

export const ACTIVITY_OWNERS = ['FK', 'AV', 'JOINT'] as const;
export type ActivityOwner = (typeof ACTIVITY_OWNERS)[number];

export const ACTIVITY_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type ProgressStatus = Extract<ActivityStatus, 'IN_PROGRESS' | 'DONE'>;

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'ADOPTED', 'FOLLOWED_UP', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface DiaryNumbers {
  /** Arbetsmiljöverket's diary number, e.g. 2025/005661. */
  av?: string;
  /** Försäkringskassan's diary number, e.g. 2025/002400. */
  fk?: string;
}

export interface PlanActivity {
  /** Minted by the caller, unique within the plan. */
  activityId: string;
  title: string;
  area: ActivityArea;
  owner: ActivityOwner;
  region?: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** What the follow-up measures, e.g. "antal tips", "räckvidd kommunikationsinsats". */
  indicators: string[];
}

/** Only the fields that change; `region: null` removes the region. */
export interface ActivityChanges {
  title?: string;
  area?: ActivityArea;
  owner?: ActivityOwner;
  region?: string | null;
  dueDate?: string;
  indicators?: string[];
}

export type Organisation = 'FK' | 'AV' | (string & {});

/** A person by id only: names live in the erasable person directory, never in the plan. */
export interface DecisionMember {
  personId: string;
  organisation: Organisation;
}

/** A steering group decision (styrgruppsbeslut), as its minutes record it. */
export interface SteeringGroupDecision {
  /** The steering group's own decision reference, e.g. SG-2025-03; unique within the plan. */
  decisionId: string;
  /** ISO date-time with offset; not after the moment the command is decided. */
  decidedAt: string;
  decidedBy: DecisionMember[];
  what: string;
  minutesReference: string;
}

/** What an AmendPlan command asks for; the cancellation's reason is the command's reason. */
export type RequestedAmendment =
  | { kind: 'ADD_ACTIVITY'; activity: PlanActivity }
  | { kind: 'CHANGE_ACTIVITY'; activityId: string; changes: ActivityChanges }
  | { kind: 'CANCEL_ACTIVITY'; activityId: string };

/**
 * What a PlanAmended event records: changes hold only the fields that really changed, and a
 * cancellation carries its reason so the plan can show why without reading the envelope.
 */
export type Amendment =
  | { kind: 'ADD_ACTIVITY'; activity: PlanActivity }
  | { kind: 'CHANGE_ACTIVITY'; activityId: string; changes: ActivityChanges }
  | { kind: 'CANCEL_ACTIVITY'; activityId: string; reason: string };

/** The outcome of one indicator of one activity at a follow-up, e.g. "25 tips, 5 ledde till åtgärd". */
export interface IndicatorResult {
  activityId: string;
  indicator: string;
  result: string;
}
