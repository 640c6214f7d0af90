export { PlanModule } from './plan.module';
export { PLAN_RULES } from './domain/plan.rules';
export { planDecider, planStream, planModuleEvents } from './domain';
export type { PlanCommand, PlanEvent, PlanState } from './domain';
export * from './demo';
