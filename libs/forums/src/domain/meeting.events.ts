import { DomainEvent } from '@samverkan/core/domain';
import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';

export type MeetingPlanned = DomainEvent<'MeetingPlanned', MeetingPlan>;

export type MeetingRescheduled = DomainEvent<
  'MeetingRescheduled',
  { meetingId: string; forumId: string; date: IsoDate; previous: IsoDate }
>;

export type MeetingAgendaChanged = DomainEvent<
  'MeetingAgendaChanged',
  { meetingId: string; forumId: string; agenda: AgendaItem[] }
>;

export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  { meetingId: string; forumId: string; heldOn: IsoDate; minutes: string }
>;

export type AttendanceRecorded = DomainEvent<
  'AttendanceRecorded',
  { meetingId: string; forumId: string; members: MemberAttendance[]; guests: NamedGuest[] }
>;

/** A decision: the reason is in the envelope and in the data, for the read models. */
export type MeetingCancelled = DomainEvent<'MeetingCancelled', { meetingId: string; forumId: string; reason: string }>;

export type MeetingEvent =
  MeetingPlanned | MeetingRescheduled | MeetingAgendaChanged | MeetingHeld | AttendanceRecorded | MeetingCancelled;
