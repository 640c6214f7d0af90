export { PlanModule } from './plan.module';
export { planDecider, planStream, planModuleEvents } from './domain';
export type { PlanCommand, PlanEvent, PlanState } from './domain';
export * from './demo';
