import { Command, DomainEvent } from '@samverkan/core/domain';
import { IsoDate, MemberOrganisation, Term } from './knowledge.model';

/** The group is founded, hosted by FK (the host is a member too). */
export type FoundGroup = Command<'FoundGroup', { groupId: string; host: MemberOrganisation; foundedOn: IsoDate }>;

/** An organisation joins; a former member may join again. */
export type AdmitGroupMember = Command<
  'AdmitGroupMember',
  { groupId: string; member: MemberOrganisation; joinedOn: IsoDate }
>;

/** A decision (reason required): an organisation leaves. The host cannot leave. */
export type RemoveGroupMember = Command<'RemoveGroupMember', { groupId: string; code: string; leftOn: IsoDate }>;

/** A meeting of the group, planned inside its term. */
export type PlanGroupMeeting = Command<
  'PlanGroupMeeting',
  { groupId: string; meetingId: string; term: Term; year: number; date: IsoDate; agenda: string[] }
>;

/** Held (not in the future, inside its term), with the member organisations present. */
export type HoldGroupMeeting = Command<
  'HoldGroupMeeting',
  { groupId: string; meetingId: string; heldOn: IsoDate; present: string[] }
>;

/** A decision (reason required): only a planned meeting is cancelled. */
export type CancelGroupMeeting = Command<'CancelGroupMeeting', { groupId: string; meetingId: string }>;

export type GroupCommand =
  FoundGroup | AdmitGroupMember | RemoveGroupMember | PlanGroupMeeting | HoldGroupMeeting | CancelGroupMeeting;

export type GroupFounded = DomainEvent<
  'GroupFounded',
  { groupId: string; host: MemberOrganisation; foundedOn: IsoDate }
>;
export type GroupMemberAdmitted = DomainEvent<
  'GroupMemberAdmitted',
  { groupId: string; member: MemberOrganisation; joinedOn: IsoDate }
>;
export type GroupMemberRemoved = DomainEvent<
  'GroupMemberRemoved',
  { groupId: string; code: string; leftOn: IsoDate; reason: string }
>;
export type GroupMeetingPlanned = DomainEvent<
  'GroupMeetingPlanned',
  { groupId: string; meetingId: string; term: Term; year: number; date: IsoDate; agenda: string[] }
>;
export type GroupMeetingHeld = DomainEvent<
  'GroupMeetingHeld',
  { groupId: string; meetingId: string; heldOn: IsoDate; present: string[] }
>;
export type GroupMeetingCancelled = DomainEvent<
  'GroupMeetingCancelled',
  { groupId: string; meetingId: string; reason: string }
>;

export type GroupEvent =
  | GroupFounded
  | GroupMemberAdmitted
  | GroupMemberRemoved
  | GroupMeetingPlanned
  | GroupMeetingHeld
  | GroupMeetingCancelled;
