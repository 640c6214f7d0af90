import { ForbiddenError, Sender } from '@samverkan/core';

/**
 * A forum coordinator acts only on the forums named in their token; the steering group acts on
 * any (it establishes forums and decides their capacity). Resolvers gate roles; the endpoints gate
 * forums, which for most requests is only known once the meeting or joint action has been read.
 */
export function assertMayActOn(sender: Pick<Sender, 'actor' | 'forums'>, forumId: string): void {
  if (sender.actor.role === 'STEERING_GROUP') return;
  if (sender.actor.role === 'FORUM_COORDINATOR' && sender.forums.includes(forumId)) return;
  throw new ForbiddenError(
    ['FORUM_COORDINATOR'],
    sender.actor.role,
    `Only a coordinator of forum ${forumId} (named in the token's forums claim) may do this`,
  );
}
