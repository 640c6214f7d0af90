export * from './forums.commands';
export * from './forums.queries';
export { assertMayActOn } from './forum-access';
export type { ForumAccess } from './forum-access';
