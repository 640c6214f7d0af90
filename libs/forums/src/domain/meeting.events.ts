import { EventIn } from '@samverkan/core/domain';
import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';

export interface MeetingEvents {
  MeetingPlanned: MeetingPlan;
  MeetingRescheduled: { meetingId: string; forumId: string; date: IsoDate; previous: IsoDate };
  MeetingAgendaChanged: { meetingId: string; forumId: string; agenda: AgendaItem[] };
  MeetingHeld: { meetingId: string; forumId: string; heldOn: IsoDate; minutes: string };
  AttendanceRecorded: { meetingId: string; forumId: string; members: MemberAttendance[]; guests: NamedGuest[] };
  /** A decision: the reason is in the envelope and in the data, for the read models. */
  MeetingCancelled: { meetingId: string; forumId: string; reason: string };
}

export type MeetingEvent<T extends keyof MeetingEvents = keyof MeetingEvents> = EventIn<MeetingEvents, T>;
