import { ForumEvent } from './forum.events';
import { IsoDate, MemberEmployer, RepresentativeRole } from './forums.model';

/** A member employer and the people who represent it, by person id. */
export interface ForumMember {
  employer: MemberEmployer;
  joinedOn: IsoDate;
  /** In the order they were added. */
  representatives: Readonly<Record<string, RepresentativeRole>>;
}

export interface NoForum {
  status: 'NONE';
}

export interface EstablishedForum {
  status: 'ESTABLISHED';
  forumId: string;
  name: string;
  region: string;
  capacity: number;
  establishedOn: IsoDate;
  /** Current members only, keyed by organisation number; a resigned employer is gone. */
  members: Readonly<Record<string, ForumMember>>;
}

export type ForumState = NoForum | EstablishedForum;
export type ForumStatus = ForumState['status'];

export function initialForumState(): ForumState {
  return { status: 'NONE' };
}

export function memberCount(forum: EstablishedForum): number {
  return Object.keys(forum.members).length;
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveForum(state: ForumState, event: ForumEvent): ForumState {
  switch (event.type) {
    case 'ForumEstablished': {
      const { forumId, name, region, capacity, establishedOn } = event.data;
      return { status: 'ESTABLISHED', forumId, name, region, capacity, establishedOn, members: {} };
    }
    case 'ForumCapacityChanged':
      return onForum(state, (forum) => ({ ...forum, capacity: event.data.capacity }));
    case 'MemberAdmitted': {
      const { employer, joinedOn } = event.data;
      return onForum(state, (forum) => ({
        ...forum,
        members: { ...forum.members, [employer.organisationNumber]: { employer, joinedOn, representatives: {} } },
      }));
    }
    case 'MemberResigned':
      return onForum(state, (forum) => {
        const { [event.data.organisationNumber]: _left, ...members } = forum.members;
        return { ...forum, members };
      });
    case 'RepresentativeAdded': {
      const { organisationNumber, personId, role } = event.data;
      return onMember(state, organisationNumber, (member) => ({
        ...member,
        representatives: { ...member.representatives, [personId]: role },
      }));
    }
    case 'RepresentativeRemoved': {
      const { organisationNumber, personId } = event.data;
      return onMember(state, organisationNumber, (member) => {
        const { [personId]: _removed, ...representatives } = member.representatives;
        return { ...member, representatives };
      });
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before ForumEstablished cannot occur in a forum stream; if one did, it changes nothing. */
function onForum(state: ForumState, change: (forum: EstablishedForum) => EstablishedForum): ForumState {
  return state.status === 'NONE' ? state : change(state);
}

function onMember(
  state: ForumState,
  organisationNumber: string,
  change: (member: ForumMember) => ForumMember,
): ForumState {
  return onForum(state, (forum) => {
    if (!Object.prototype.hasOwnProperty.call(forum.members, organisationNumber)) return forum;
    return { ...forum, members: { ...forum.members, [organisationNumber]: change(forum.members[organisationNumber]) } };
  });
}
