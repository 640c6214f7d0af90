import { Command } from '@samverkan/core/domain';
import {
  ActivityChanges,
  DiaryNumbers,
  IndicatorResult,
  PlanActivity,
  ProgressStatus,
  RequestedAmendment,
  SteeringGroupDecision,
} from './plan.model';

export type DraftPlan = Command<'DraftPlan', { year: number; title: string; diaryNumbers: DiaryNumbers }>;

export type AddActivity = Command<'AddActivity', { year: number; activity: PlanActivity }>;

export type ChangeActivity = Command<'ChangeActivity', { year: number; activityId: string; changes: ActivityChanges }>;

export type RemoveActivity = Command<'RemoveActivity', { year: number; activityId: string }>;

export type SubmitPlan = Command<'SubmitPlan', { year: number }>;

export type RecordActivityProgress = Command<
  'RecordActivityProgress',
  { year: number; activityId: string; status: ProgressStatus; note: string }
>;

/** Decision commands cite a steering group decision and must carry a non-empty `reason`. */
export type ReturnPlanToDraft = Command<'ReturnPlanToDraft', { year: number; decision: SteeringGroupDecision }>;

export type AdoptPlan = Command<'AdoptPlan', { year: number; decision: SteeringGroupDecision }>;

export type AmendPlan = Command<
  'AmendPlan',
  { year: number; decision: SteeringGroupDecision; amendment: RequestedAmendment }
>;

export type FollowUpPlan = Command<
  'FollowUpPlan',
  {
    year: number;
    decision: SteeringGroupDecision;
    summary: string;
    /** Optional outcomes per activity indicator; each must name an indicator the activity has. */
    indicatorResults?: IndicatorResult[];
  }
>;

export type ClosePlan = Command<'ClosePlan', { year: number; decision: SteeringGroupDecision }>;

export type PlanCommand =
  | DraftPlan
  | AddActivity
  | ChangeActivity
  | RemoveActivity
  | SubmitPlan
  | RecordActivityProgress
  | ReturnPlanToDraft
  | AdoptPlan
  | AmendPlan
  | FollowUpPlan
  | ClosePlan;

export type PlanCommandType = PlanCommand['type'];
