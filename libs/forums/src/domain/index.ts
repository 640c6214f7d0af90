export { stockholmDate } from '@samverkan/core/domain';
export * from './forums.model';
export * from './forum.commands';
export * from './forum.events';
export * from './meeting.commands';
export * from './meeting.events';
export * from './joint-action.commands';
export * from './joint-action.events';
export { forumEventDefinitions, jointActionEventDefinitions, meetingEventDefinitions } from './forums.events';
export {
  employerSizeLabel,
  meetingFormatLabel,
  participantRoleLabel,
  participantTotal,
  representativeRoleLabel,
  sectorLabel,
  termLabel,
} from './forums.summaries';
export * from './forum';
export type * from './forum.state';
export * from './meeting';
export type * from './meeting.state';
export * from './joint-action';
export type * from './joint-action.state';
export * from './forums';
export {
  FORUM_CAPACITY_RANGE,
  FORUM_TEXT_LIMITS,
  isForumId,
  isInTerm,
  MEETING_YEAR_RANGE,
  termOf,
} from './forums.guards';
