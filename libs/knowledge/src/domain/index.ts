export { isCalendarDate, stockholmDate } from '@samverkan/core/domain';
export * from './knowledge.model';
export * from './group.commands';
export * from './item.commands';
export { groupEventDefinitions, itemEventDefinitions } from './knowledge.events';
export { itemKindLabel, reviewVerdictLabel, termLabel } from './knowledge.summaries';
export * from './group';
export type * from './group.state';
export * from './item';
export type * from './item.state';
export * from './knowledge';
export {
  isInTerm,
  isLink,
  isOrganisationCode,
  KNOWLEDGE_TEXT_LIMITS,
  MEETING_YEAR_RANGE,
  termDates,
  termOf,
} from './knowledge.guards';
