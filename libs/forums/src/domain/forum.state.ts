import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { ForumEvent } from './forum.events';
import { IsoDate, MemberEmployer, RepresentativeRole } from './forums.model';

/** A member employer and the people who represent it, by person id. */
export interface ForumMember {
  employer: MemberEmployer;
  joinedOn: IsoDate;
  /** In the order they were added. */
  representatives: Readonly<Record<string, RepresentativeRole>>;
}

/** The state starts as the forum was established. */
type Establishment = ForumEvent<'ForumEstablished'>['data'];

export interface EstablishedForum extends Establishment {
  status: 'ESTABLISHED';
  /** Current members only, keyed by organisation number; a resigned employer is gone. */
  members: Readonly<Record<string, ForumMember>>;
}

export type ForumState = NotStarted | EstablishedForum;
export type ForumStatus = ForumState['status'];

export function memberCount(forum: EstablishedForum): number {
  return Object.keys(forum.members).length;
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveForum = evolveEntity<ForumEvent, EstablishedForum, 'ForumEstablished'>(
  {
    ForumEstablished: ({ data }) => ({ ...data, status: 'ESTABLISHED', members: {} }),
  },
  {
    ForumCapacityChanged: (forum, { data }) => ({ ...forum, capacity: data.capacity }),
    MemberAdmitted: (forum, { data: { employer, joinedOn } }) => ({
      ...forum,
      members: { ...forum.members, [employer.organisationNumber]: { employer, joinedOn, representatives: {} } },
    }),
    MemberResigned: (forum, { data }) => {
      const { [data.organisationNumber]: _left, ...members } = forum.members;
      return { ...forum, members };
    },
    RepresentativeAdded: (forum, { data: { organisationNumber, personId, role } }) =>
      onMember(forum, organisationNumber, (member) => ({
        ...member,
        representatives: { ...member.representatives, [personId]: role },
      })),
    RepresentativeRemoved: (forum, { data: { organisationNumber, personId } }) =>
      onMember(forum, organisationNumber, (member) => {
        const { [personId]: _removed, ...representatives } = member.representatives;
        return { ...member, representatives };
      }),
  },
);

function onMember(
  forum: EstablishedForum,
  organisationNumber: string,
  change: (member: ForumMember) => ForumMember,
): EstablishedForum {
  if (!Object.prototype.hasOwnProperty.call(forum.members, organisationNumber)) return forum;
  return { ...forum, members: { ...forum.members, [organisationNumber]: change(forum.members[organisationNumber]) } };
}
