import { AgendaItem, IsoDate, MeetingPlan, MemberAttendance, NamedGuest } from './forums.model';
import { MeetingEvent } from './meeting.events';

/** Who came, as last recorded: a second recording replaces the first. */
export interface MeetingAttendance {
  members: readonly MemberAttendance[];
  guests: readonly NamedGuest[];
}

export interface NoMeeting {
  status: 'NONE';
}

export interface ExistingMeeting extends Omit<MeetingPlan, 'agenda'> {
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  agenda: readonly AgendaItem[];
  heldOn?: IsoDate;
  /** Set once attendance is recorded for the held meeting. */
  attendance?: MeetingAttendance;
  cancellationReason?: string;
}

export type MeetingState = NoMeeting | ExistingMeeting;
export type MeetingStatus = MeetingState['status'];

export function initialMeetingState(): MeetingState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingPlanned': {
      const { meetingId, forumId, title, format, term, year, date, agenda } = event.data;
      return { status: 'PLANNED', meetingId, forumId, title, format, term, year, date, agenda: [...agenda] };
    }
    case 'MeetingRescheduled':
      return onMeeting(state, (meeting) => ({ ...meeting, date: event.data.date }));
    case 'MeetingAgendaChanged':
      return onMeeting(state, (meeting) => ({ ...meeting, agenda: [...event.data.agenda] }));
    case 'MeetingHeld':
      return onMeeting(state, (meeting) => ({ ...meeting, status: 'HELD', heldOn: event.data.heldOn }));
    case 'AttendanceRecorded': {
      const { members, guests } = event.data;
      return onMeeting(state, (meeting) => ({
        ...meeting,
        attendance: { members: [...members], guests: [...guests] },
      }));
    }
    case 'MeetingCancelled':
      return onMeeting(state, (meeting) => ({
        ...meeting,
        status: 'CANCELLED',
        cancellationReason: event.data.reason,
      }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before MeetingPlanned cannot occur in a meeting stream; if one did, it changes nothing. */
function onMeeting(state: MeetingState, change: (meeting: ExistingMeeting) => ExistingMeeting): MeetingState {
  return state.status === 'NONE' ? state : change(state);
}
