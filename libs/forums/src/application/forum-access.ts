import { ForbiddenError, Sender } from '@samverkan/core';

/**
 * Whether the sender may act on this forum: a forum coordinator only on the forums named in their
 * token; the steering group on any (it establishes forums and decides their capacity). Which of
 * the forum's commands the role may send at all is the role matrix's (`@Roles`).
 */
export function mayActOn(sender: Pick<Sender, 'actor' | 'forums'>, forumId: string): boolean {
  if (sender.actor.role === 'STEERING_GROUP') return true;
  return sender.actor.role === 'FORUM_COORDINATOR' && sender.forums.includes(forumId);
}

/**
 * Resolvers gate roles; the endpoints gate forums, which for most requests is only known once the
 * meeting or joint action has been read.
 */
export function assertMayActOn(sender: Pick<Sender, 'actor' | 'forums'>, forumId: string): void {
  if (mayActOn(sender, forumId)) return;
  throw new ForbiddenError(
    ['FORUM_COORDINATOR'],
    sender.actor.role,
    `Only a coordinator of forum ${forumId} (named in the token's forums claim) may do this`,
  );
}
