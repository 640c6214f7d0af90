export { ForumsModule } from './forums.module';
export { FORUMS_RULES } from './domain/forums.rules';
export {
  forumDecider,
  forumStream,
  forumsModuleEvents,
  jointActionDecider,
  jointActionStream,
  meetingDecider,
  meetingStream,
} from './domain';
export type {
  ForumCommand,
  ForumEvent,
  JointActionCommand,
  JointActionEvent,
  MeetingCommand,
  MeetingEvent,
} from './domain';
// The forums' ways in, for the demo seed (which sends what the GraphQL mutations send).
export { forumEndpoint, jointActionEndpoint, jointActionIdFor, meetingEndpoint, meetingIdFor } from './application';
export type { ForumRequest, GuestRequest, JointActionRequest, MeetingRequest } from './application';
// Shapes and rules the demo data is written in, and checked against.
export {
  DEFAULT_FORUM_CAPACITY,
  EMPLOYER_SIZES,
  isInTerm,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  REPRESENTATIVE_ROLES,
} from './domain';
export type {
  AgendaItem,
  EmployerSize,
  IsoDate,
  MeetingFormat,
  MemberAttendance,
  MemberEmployer,
  ParticipantCounts,
  PlanActivityLink,
  RepresentativeRole,
  Sector,
  Term,
} from './domain';
// Read by other modules (knowledge: where an item was presented).
export { GetForumsQuery, GetMeetingsQuery } from './application';
export type { ForumDoc, MeetingDoc } from './read-model/forums.documents';
