import { has } from '@samverkan/core/domain';
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

export interface NoGroup {
  status: 'NONE';
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

export type GroupState = NoGroup | ActiveGroup;
export type GroupStatus = GroupState['status'];

export function initialGroupState(): GroupState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveGroup(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'GroupFounded': {
      const { groupId, host, foundedOn } = event.data;
      return {
        status: 'ACTIVE',
        groupId,
        host: { ...host },
        foundedOn,
        members: { [host.code]: { name: host.name, joinedOn: foundedOn } },
        formerMembers: {},
        meetings: {},
      };
    }
    case 'GroupMemberAdmitted': {
      const { member, joinedOn } = event.data;
      return onGroup(state, (group) => ({
        ...group,
        members: { ...group.members, [member.code]: { name: member.name, joinedOn } },
      }));
    }
    case 'GroupMemberRemoved': {
      const { code, leftOn, reason } = event.data;
      return onGroup(state, (group) => {
        if (!has(group.members, code)) return group;
        const { [code]: member, ...members } = group.members;
        const earlier = has(group.formerMembers, code) ? group.formerMembers[code] : [];
        const formerMembers = {
          ...group.formerMembers,
          [code]: [...earlier, { joinedOn: member.joinedOn, leftOn, reason }],
        };
        return { ...group, members, formerMembers };
      });
    }
    case 'GroupMeetingPlanned': {
      const { meetingId, term, year, date, agenda } = event.data;
      const meeting: GroupMeeting = {
        meetingId,
        status: 'PLANNED',
        term,
        year,
        date,
        agenda: [...agenda],
        present: [],
      };
      return onGroup(state, (group) => ({ ...group, meetings: { ...group.meetings, [meetingId]: meeting } }));
    }
    case 'GroupMeetingHeld': {
      const { meetingId, heldOn, present } = event.data;
      return onMeeting(state, meetingId, (meeting) => ({ ...meeting, status: 'HELD', heldOn, present: [...present] }));
    }
    case 'GroupMeetingCancelled': {
      const { meetingId, reason } = event.data;
      return onMeeting(state, meetingId, (meeting) => ({
        ...meeting,
        status: 'CANCELLED',
        cancellationReason: reason,
      }));
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before GroupFounded cannot occur in a group stream; if one did, it changes nothing. */
function onGroup(state: GroupState, change: (group: ActiveGroup) => ActiveGroup): GroupState {
  return state.status === 'NONE' ? state : change(state);
}

function onMeeting(state: GroupState, meetingId: string, change: (meeting: GroupMeeting) => GroupMeeting): GroupState {
  return onGroup(state, (group) =>
    has(group.meetings, meetingId)
      ? { ...group, meetings: { ...group.meetings, [meetingId]: change(group.meetings[meetingId]) } }
      : group,
  );
}
