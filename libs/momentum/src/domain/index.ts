export * from './momentum.model';
export * from './project-activity.commands';
export { activityEventDefinitions } from './momentum.events';
export type { ActivityEventType } from './momentum.events';
export { activityKindLabel } from './momentum.summaries';
export * from './project-activity';
export { participantTotal } from './project-activity.participants';
export * from './momentum';
export { isCountryCode, isParticipantOrganisation, stockholmDate, totalOf } from './momentum.guards';
