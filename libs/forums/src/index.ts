export { ForumsModule } from './forums.module';
export { forumDecider, forumStream, forumsModuleEvents, jointActionDecider, jointActionStream, meetingDecider, meetingStream } from './domain';
export type { ForumCommand, ForumEvent, JointActionCommand, JointActionEvent, MeetingCommand, MeetingEvent } from './domain';
export * from './demo';
