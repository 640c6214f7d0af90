import { CommandIn } from '@samverkan/core/domain';
import {
  ActivityChanges,
  IndicatorResult,
  ProgressStatus,
  RequestedAmendment,
  SteeringGroupDecision,
} from './plan.model';
import type { PlanEvents } from './plan.events';

/** Drafting and adding record exactly what they were given. */
export interface PlanCommands {
  DraftPlan: PlanEvents['PlanDrafted'];
  AddActivity: PlanEvents['ActivityAdded'];
  ChangeActivity: { year: number; activityId: string; changes: ActivityChanges };
  RemoveActivity: { year: number; activityId: string };
  SubmitPlan: { year: number };
  RecordActivityProgress: { year: number; activityId: string; status: ProgressStatus; note: string };
  /** Decision commands cite a steering group decision and must carry a non-empty `reason`. */
  ReturnPlanToDraft: { year: number; decision: SteeringGroupDecision };
  AdoptPlan: { year: number; decision: SteeringGroupDecision };
  AmendPlan: { year: number; decision: SteeringGroupDecision; amendment: RequestedAmendment };
  FollowUpPlan: {
    year: number;
    decision: SteeringGroupDecision;
    summary: string;
    /** Optional outcomes per activity indicator; each must name an indicator the activity has. */
    indicatorResults?: IndicatorResult[];
  };
  ClosePlan: { year: number; decision: SteeringGroupDecision };
}

export type PlanCommand<T extends keyof PlanCommands = keyof PlanCommands> = CommandIn<PlanCommands, T>;

export type PlanCommandType = PlanCommand['type'];
