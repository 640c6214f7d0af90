export { ForumsModule } from './forums.module';
export { FORUMS_RULES } from './domain/forums.rules';
export { forumDecider, forumStream, forumsModuleEvents, jointActionDecider, jointActionStream, meetingDecider, meetingStream } from './domain';
export type { ForumCommand, ForumEvent, JointActionCommand, JointActionEvent, MeetingCommand, MeetingEvent } from './domain';
export * from './demo';
// Read by other modules (knowledge: where an item was presented).
export { GetForumsQuery, GetMeetingsQuery } from './application';
export type { ForumDoc, MeetingDoc } from './read-model/forums.documents';
