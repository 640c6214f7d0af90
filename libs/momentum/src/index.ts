export { MomentumModule } from './momentum.module';
export { MOMENTUM_RULES } from './domain/momentum.rules';
export { activityDecider, activityStream, momentumModuleEvents, PROJECT_PERIOD } from './domain';
export type { ActivityCommand, ActivityEvent } from './domain';
export * from './demo';
