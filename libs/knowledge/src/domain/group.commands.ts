import { CommandIn, EventIn } from '@samverkan/core/domain';
import { IsoDate, MemberOrganisation, Term } from './knowledge.model';

export interface GroupCommands {
  /** The group is founded, hosted by FK (the host is a member too). */
  FoundGroup: { groupId: string; host: MemberOrganisation; foundedOn: IsoDate };
  /** An organisation joins; a former member may join again. */
  AdmitGroupMember: { groupId: string; member: MemberOrganisation; joinedOn: IsoDate };
  /** A decision (reason required): an organisation leaves. The host cannot leave. */
  RemoveGroupMember: { groupId: string; code: string; leftOn: IsoDate };
  /** A meeting of the group, planned inside its term. */
  PlanGroupMeeting: { groupId: string; meetingId: string; term: Term; year: number; date: IsoDate; agenda: string[] };
  /** Held (not in the future, inside its term), with the member organisations present. */
  HoldGroupMeeting: { groupId: string; meetingId: string; heldOn: IsoDate; present: string[] };
  /** A decision (reason required): only a planned meeting is cancelled. */
  CancelGroupMeeting: { groupId: string; meetingId: string };
}

export type GroupCommand<T extends keyof GroupCommands = keyof GroupCommands> = CommandIn<GroupCommands, T>;

export interface GroupEvents {
  GroupFounded: { groupId: string; host: MemberOrganisation; foundedOn: IsoDate };
  GroupMemberAdmitted: { groupId: string; member: MemberOrganisation; joinedOn: IsoDate };
  GroupMemberRemoved: { groupId: string; code: string; leftOn: IsoDate; reason: string };
  GroupMeetingPlanned: {
    groupId: string;
    meetingId: string;
    term: Term;
    year: number;
    date: IsoDate;
    agenda: string[];
  };
  GroupMeetingHeld: { groupId: string; meetingId: string; heldOn: IsoDate; present: string[] };
  GroupMeetingCancelled: { groupId: string; meetingId: string; reason: string };
}

export type GroupEvent<T extends keyof GroupEvents = keyof GroupEvents> = EventIn<GroupEvents, T>;
