import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';
import { MeetingEvent } from './meeting.events';

/** Who came, as last recorded: a second recording replaces the first. */
export interface MeetingAttendance {
  members: readonly MemberAttendance[];
  guests: readonly NamedGuest[];
}

export interface ExistingMeeting extends Omit<MeetingPlan, 'agenda'> {
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  agenda: readonly AgendaItem[];
  heldOn?: IsoDate;
  /** Set once attendance is recorded for the held meeting. */
  attendance?: MeetingAttendance;
  cancellationReason?: string;
}

export type MeetingState = NotStarted | ExistingMeeting;
export type MeetingStatus = MeetingState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveMeeting = evolveEntity<MeetingEvent, ExistingMeeting, 'MeetingPlanned'>(
  {
    MeetingPlanned: ({ data }) => ({ ...data, status: 'PLANNED', agenda: [...data.agenda] }),
  },
  {
    MeetingRescheduled: (meeting, { data }) => ({ ...meeting, date: data.date }),
    MeetingAgendaChanged: (meeting, { data }) => ({ ...meeting, agenda: [...data.agenda] }),
    MeetingHeld: (meeting, { data }) => ({ ...meeting, status: 'HELD', heldOn: data.heldOn }),
    AttendanceRecorded: (meeting, { data: { members, guests } }) => ({
      ...meeting,
      attendance: { members: [...members], guests: [...guests] },
    }),
    MeetingCancelled: (meeting, { data }) => ({ ...meeting, status: 'CANCELLED', cancellationReason: data.reason }),
  },
);
