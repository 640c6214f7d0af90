import {
  assertCancellable,
  calendarDate,
  CORE_RULES,
  decideByType,
  existingIn,
  oneOf,
  pastOrToday,
  requiredReason,
  requiredText,
  requireStatus,
} from '@samverkan/core/domain';
import { FORUM_TEXT_LIMITS, isForumId, isInTerm, MEETING_YEAR_RANGE } from './forums.guards';
import { AgendaItem, MEETING_FORMATS, TERMS } from './forums.model';
import { recordAttendance } from './meeting.attendance';
import { MeetingCommand } from './meeting.commands';
import { MeetingEvent } from './meeting.events';
import { ExistingMeeting, MeetingState } from './meeting.state';
import { FORUMS_RULES } from './forums.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the meeting exist and is it in a status that
// allows the command, then the command's own content. A meeting never leaves its term.

export const decideMeeting = decideByType<MeetingCommand, MeetingState, MeetingEvent>('meeting', {
  PlanMeeting: plan,
  RescheduleMeeting: reschedule,
  ChangeMeetingAgenda: changeAgenda,
  HoldMeeting: hold,
  RecordAttendance: (command, state) => recordAttendance(command, existingMeeting(state, command.data.meetingId)),
  CancelMeeting: cancel,
});

function plan(command: MeetingCommand<'PlanMeeting'>, state: MeetingState): MeetingEvent[] {
  const { meetingId, forumId } = command.data;
  if (state.status !== 'NONE') {
    throw FORUMS_RULES.violation('MEETING_ALREADY_PLANNED', `Meeting ${meetingId} is already planned`, { meetingId });
  }
  if (!isForumId(forumId)) {
    throw FORUMS_RULES.violation('INVALID_FORUM_ID', 'A forum id is lower-case letters and digits joined by dashes', {
      meetingId,
      forumId: forumId ?? null,
    });
  }
  const title = requiredText(command.data.title, 'title', { details: { meetingId } });
  const format = oneOf(command.data.format, MEETING_FORMATS, 'format');
  const term = oneOf(command.data.term, TERMS, 'term');
  const year = validYear(command.data.year, meetingId);
  const date = dateInTerm(command.data.date, 'date', { meetingId, term, year });
  const agenda = validAgenda(command.data.agenda, meetingId);
  return [{ type: 'MeetingPlanned', data: { meetingId, forumId, title, format, term, year, date, agenda } }];
}

function reschedule(command: MeetingCommand<'RescheduleMeeting'>, state: MeetingState): MeetingEvent[] {
  const meeting = plannedMeeting(state, command.data.meetingId);
  const { meetingId, forumId, term, year } = meeting;
  const date = dateInTerm(command.data.date, 'date', { meetingId, term, year });
  if (date === meeting.date) return [];
  return [{ type: 'MeetingRescheduled', data: { meetingId, forumId, date, previous: meeting.date } }];
}

function changeAgenda(command: MeetingCommand<'ChangeMeetingAgenda'>, state: MeetingState): MeetingEvent[] {
  const meeting = plannedMeeting(state, command.data.meetingId);
  const { meetingId, forumId } = meeting;
  const agenda = validAgenda(command.data.agenda, meetingId);
  if (sameAgenda(agenda, meeting.agenda)) return [];
  return [{ type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda } }];
}

function hold(command: MeetingCommand<'HoldMeeting'>, state: MeetingState): MeetingEvent[] {
  const meeting = plannedMeeting(state, command.data.meetingId);
  const { meetingId, forumId, term, year } = meeting;
  const heldOn = dateInTerm(command.data.heldOn, 'heldOn', { meetingId, term, year });
  pastOrToday(heldOn, 'heldOn', command.metadata.now, { meetingId });
  const minutes = requiredText(command.data.minutes, 'minutes', {
    code: FORUMS_RULES.code('MINUTES_REQUIRED'),
    max: FORUM_TEXT_LIMITS.minutes,
    details: { meetingId },
  });
  return [{ type: 'MeetingHeld', data: { meetingId, forumId, heldOn, minutes } }];
}

const CANCEL_RULES = {
  held: FORUMS_RULES.code('MEETING_ALREADY_HELD'),
  cancelled: FORUMS_RULES.code('MEETING_ALREADY_CANCELLED'),
};

function cancel(command: MeetingCommand<'CancelMeeting'>, state: MeetingState): MeetingEvent[] {
  const meeting = existingMeeting(state, command.data.meetingId);
  const { meetingId, forumId } = meeting;
  assertCancellable(meeting, `Meeting ${meetingId}`, CANCEL_RULES, { meetingId });
  const reason = requiredReason(command.reason, { meetingId });
  return [{ type: 'MeetingCancelled', data: { meetingId, forumId, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

const existingMeeting = existingIn<ExistingMeeting>('Meeting');

/** The date and agenda change, and the meeting is held, only while it is planned. */
function plannedMeeting(state: MeetingState, meetingId: string): ExistingMeeting {
  const meeting = existingMeeting(state, meetingId);
  return requireStatus(meeting, ['PLANNED'], FORUMS_RULES.code('MEETING_NOT_PLANNED'), `Meeting ${meetingId}`, {
    meetingId,
  });
}

function dateInTerm(
  value: string,
  field: string,
  { meetingId, term, year }: { meetingId: string; term: ExistingMeeting['term']; year: number },
): string {
  const date = calendarDate(value, field, { meetingId });
  if (!isInTerm(date, term, year)) {
    throw FORUMS_RULES.violation('MEETING_OUTSIDE_TERM', `${field} ${date} is not in ${term} ${year}`, {
      meetingId,
      field,
      date,
      term,
      year,
    });
  }
  return date;
}

function validYear(year: number, meetingId: string): number {
  const { min, max } = MEETING_YEAR_RANGE;
  if (!Number.isInteger(year) || year < min || year > max) {
    throw CORE_RULES.violation('INVALID_YEAR', `A meeting's year is between ${min} and ${max}`, {
      meetingId,
      year: year ?? null,
    });
  }
  return year;
}

function validAgenda(agenda: AgendaItem[] | undefined, meetingId: string): AgendaItem[] {
  return (agenda ?? []).map((item, index) => {
    const topic = item?.topic?.trim() ?? '';
    const speakerOrganisation = item?.speakerOrganisation?.trim() ?? '';
    const blank = !topic ? 'topic' : !speakerOrganisation ? 'speakerOrganisation' : undefined;
    if (blank) {
      throw FORUMS_RULES.violation('INVALID_AGENDA_ITEM', `Agenda item ${index + 1} needs a ${blank}`, {
        meetingId,
        index,
        field: blank,
      });
    }
    requiredText(topic, 'topic', { details: { meetingId, index } });
    requiredText(speakerOrganisation, 'speakerOrganisation', { details: { meetingId, index } });
    return { topic, speakerOrganisation };
  });
}

function sameAgenda(a: readonly AgendaItem[], b: readonly AgendaItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, i) => item.topic === b[i].topic && item.speakerOrganisation === b[i].speakerOrganisation)
  );
}
