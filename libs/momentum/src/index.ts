export { MomentumModule } from './momentum.module';
export { MOMENTUM_RULES } from './domain/momentum.rules';
export { activityDecider, activityStream, momentumModuleEvents, PROJECT_PERIOD } from './domain';
export type { ActivityCommand, ActivityEvent } from './domain';
// The activities' way in, for the demo seed (which sends what the GraphQL mutations send).
export { activityEndpoint, activityIdFor, namedParticipantId } from './application';
export type { ActivityRequest } from './application';
// Shapes and rules the demo data is written in, and checked against.
export { ACTIVITY_KINDS, isCountryCode, isParticipantOrganisation } from './domain';
export type { ActivityKind, IsoDate, ParticipantCounts } from './domain';
