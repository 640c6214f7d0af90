import { CommandIn } from '@samverkan/core/domain';
import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';

export interface MeetingCommands {
  /** A coordinator plans a meeting of their forum; its date must fall inside the term. */
  PlanMeeting: MeetingPlan;
  /** Moves a planned meeting to another date in the same term. */
  RescheduleMeeting: { meetingId: string; date: IsoDate };
  /** Replaces the agenda of a planned meeting. */
  ChangeMeetingAgenda: { meetingId: string; agenda: AgendaItem[] };
  /** The meeting took place (on its date or another day of the term, not in the future), with minutes. */
  HoldMeeting: { meetingId: string; heldOn: IsoDate; minutes: string };
  /**
   * Who came to a held meeting: member employers with participants by role, and named guests.
   * `memberOrganisationNumbers` is the forum's member list as the application read it, so the
   * decider can refuse an organisation that is neither a member nor a named guest's.
   * Recording again replaces the attendance (a correction; the timeline keeps both).
   */
  RecordAttendance: {
    meetingId: string;
    members: MemberAttendance[];
    guests: NamedGuest[];
    memberOrganisationNumbers: string[];
  };
  /** A decision (reason required): only a planned meeting can be cancelled. */
  CancelMeeting: { meetingId: string };
}

export type MeetingCommand<T extends keyof MeetingCommands = keyof MeetingCommands> = CommandIn<MeetingCommands, T>;
