import { evolveEntity, has, NotStarted } from '@samverkan/core/domain';
import { GroupEvent } from './group.commands';
import { IsoDate, MemberOrganisation, Term } from './knowledge.model';

/** A current member, keyed by its code. */
export interface GroupMember {
  name: string;
  joinedOn: IsoDate;
}

/** One past membership of an organisation that left (it may have joined and left more than once). */
export interface FormerMembership {
  joinedOn: IsoDate;
  leftOn: IsoDate;
  reason: string;
}

export type GroupMeetingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface GroupMeeting {
  meetingId: string;
  status: GroupMeetingStatus;
  term: Term;
  year: number;
  date: IsoDate;
  agenda: readonly string[];
  heldOn?: IsoDate;
  /** Codes of the member organisations present; empty until held. */
  present: readonly string[];
  cancellationReason?: string;
}

/** The group has no end: once founded it stays active, also after the project ends. */
export interface ActiveGroup {
  status: 'ACTIVE';
  groupId: string;
  host: MemberOrganisation;
  foundedOn: IsoDate;
  /** Current members, the host among them, keyed by code. */
  members: Readonly<Record<string, GroupMember>>;
  /** Keyed by code: every membership that ended, in the order they ended. */
  formerMembers: Readonly<Record<string, readonly FormerMembership[]>>;
  /** Keyed by meeting id. */
  meetings: Readonly<Record<string, GroupMeeting>>;
}

export type GroupState = NotStarted | ActiveGroup;
export type GroupStatus = GroupState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveGroup = evolveEntity<GroupEvent, ActiveGroup, 'GroupFounded'>(
  {
    GroupFounded: ({ data: { groupId, host, foundedOn } }) => ({
      status: 'ACTIVE',
      groupId,
      host: { ...host },
      foundedOn,
      members: { [host.code]: { name: host.name, joinedOn: foundedOn } },
      formerMembers: {},
      meetings: {},
    }),
  },
  {
    GroupMemberAdmitted: (group, { data: { member, joinedOn } }) => ({
      ...group,
      members: { ...group.members, [member.code]: { name: member.name, joinedOn } },
    }),
    GroupMemberRemoved: (group, { data: { code, leftOn, reason } }) => {
      if (!has(group.members, code)) return group;
      const { [code]: member, ...members } = group.members;
      const earlier = has(group.formerMembers, code) ? group.formerMembers[code] : [];
      const formerMembers = {
        ...group.formerMembers,
        [code]: [...earlier, { joinedOn: member.joinedOn, leftOn, reason }],
      };
      return { ...group, members, formerMembers };
    },
    GroupMeetingPlanned: (group, { data: { meetingId, term, year, date, agenda } }) => {
      const meeting: GroupMeeting = {
        meetingId,
        status: 'PLANNED',
        term,
        year,
        date,
        agenda: [...agenda],
        present: [],
      };
      return { ...group, meetings: { ...group.meetings, [meetingId]: meeting } };
    },
    GroupMeetingHeld: (group, { data: { meetingId, heldOn, present } }) =>
      onMeeting(group, meetingId, (meeting) => ({ ...meeting, status: 'HELD', heldOn, present: [...present] })),
    GroupMeetingCancelled: (group, { data: { meetingId, reason } }) =>
      onMeeting(group, meetingId, (meeting) => ({ ...meeting, status: 'CANCELLED', cancellationReason: reason })),
  },
);

function onMeeting(
  group: ActiveGroup,
  meetingId: string,
  change: (meeting: GroupMeeting) => GroupMeeting,
): ActiveGroup {
  return has(group.meetings, meetingId)
    ? { ...group, meetings: { ...group.meetings, [meetingId]: change(group.meetings[meetingId]) } }
    : group;
}
