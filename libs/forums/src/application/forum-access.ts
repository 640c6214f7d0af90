import { Actor, ForbiddenError } from '@samverkan/core';

/** What a token grants besides its role: the forums a coordinator is responsible for. */
export interface ForumAccess {
  actor: Actor;
  /** The `forums` claim of the token (forum ids). */
  forums: string[];
}

/**
 * A forum coordinator acts only on the forums named in their token; the steering group acts on
 * any (it establishes forums and decides their capacity). Resolvers gate roles; this gates forums,
 * which for most commands is only known once the meeting or joint action has been read.
 */
export function assertMayActOn(access: ForumAccess, forumId: string): void {
  if (access.actor.role === 'STEERING_GROUP') return;
  if (access.actor.role === 'FORUM_COORDINATOR' && access.forums.includes(forumId)) return;
  throw new ForbiddenError(
    ['FORUM_COORDINATOR'],
    access.actor.role,
    `Only a coordinator of forum ${forumId} (named in the token's forums claim) may do this`,
  );
}
