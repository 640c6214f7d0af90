import { Command } from '@samverkan/core/domain';
import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';

/** A coordinator plans a meeting of their forum; its date must fall inside the term. */
export type PlanMeeting = Command<'PlanMeeting', MeetingPlan>;

/** Moves a planned meeting to another date in the same term. */
export type RescheduleMeeting = Command<'RescheduleMeeting', { meetingId: string; date: IsoDate }>;

/** Replaces the agenda of a planned meeting. */
export type ChangeMeetingAgenda = Command<'ChangeMeetingAgenda', { meetingId: string; agenda: AgendaItem[] }>;

/** The meeting took place (on its date or another day of the term, not in the future), with minutes. */
export type HoldMeeting = Command<'HoldMeeting', { meetingId: string; heldOn: IsoDate; minutes: string }>;

/**
 * Who came to a held meeting: member employers with participants by role, and named guests.
 * `memberOrganisationNumbers` is the forum's member list as the application read it, so the
 * decider can refuse an organisation that is neither a member nor a named guest's.
 * Recording again replaces the attendance (a correction; the timeline keeps both).
 */
export type RecordAttendance = Command<
  'RecordAttendance',
  {
    meetingId: string;
    members: MemberAttendance[];
    guests: NamedGuest[];
    memberOrganisationNumbers: string[];
  }
>;

/** A decision (reason required): only a planned meeting can be cancelled. */
export type CancelMeeting = Command<'CancelMeeting', { meetingId: string }>;

export type MeetingCommand =
  PlanMeeting | RescheduleMeeting | ChangeMeetingAgenda | HoldMeeting | RecordAttendance | CancelMeeting;
