export { MomentumModule } from './momentum.module';
export { activityDecider, activityStream, momentumModuleEvents, PROJECT_PERIOD } from './domain';
export type { ActivityCommand, ActivityEvent } from './domain';
export * from './demo';
