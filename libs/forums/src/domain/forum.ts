import { Decider, handled, stated, notStarted } from '@samverkan/core/domain';
import { ForumCommand } from './forum.commands';
import { decideForum } from './forum.decide';
import { ForumEvent } from './forum.events';
import { evolveForum, ForumState } from './forum.state';

export type { EstablishedForum, ForumMember, ForumState, ForumStatus } from './forum.state';

/** One stream per forum; the category `forum` holds no dash, as the category projection needs. */
export function forumStream(forumId: string): string {
  return `forum-${forumId}`;
}

export const forumDecider: Decider<ForumCommand, ForumEvent, ForumState> = {
  initialState: notStarted,
  evolve: evolveForum,
  decide: decideForum,
  worldTimes: {
    EstablishForum: stated('establishedOn'),
    ChangeForumCapacity: handled,
    AdmitMember: stated('joinedOn'),
    ResignMember: stated('leftOn'),
    AddRepresentative: handled,
    RemoveRepresentative: handled,
  },
};
