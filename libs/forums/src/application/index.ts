export * from './forum.endpoint';
export * from './meeting.endpoint';
export * from './joint-action.endpoint';
export * from './forums.queries';
export { jointActionIdFor, meetingIdFor } from './forums.requests';
export { mayActOn } from './forum-access';
