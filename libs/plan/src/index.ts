export { PlanModule } from './plan.module';
export { PLAN_RULES } from './domain/plan.rules';
export { planDecider, planStream, planModuleEvents } from './domain';
export type { PlanCommand, PlanEvent, PlanState } from './domain';
export { planEndpoint } from './application/plan.endpoint';
export type { NamedDecision, PlanRequest } from './application/plan.endpoint';
export { ACTIVITY_AREAS, ACTIVITY_OWNERS } from './domain';
export type {
  ActivityChanges,
  DiaryNumbers,
  ExistingPlan,
  IndicatorResult,
  PlanActivity,
  PlanStatus,
  ProgressStatus,
  RequestedAmendment,
} from './domain';
export { decisionMemberId } from './application/decision-members';
