import { countedByRole, namedPeople } from '@samverkan/core/domain';
import { FORUM_TEXT_LIMITS } from './forums.guards';
import { MemberAttendance, NamedGuest, ParticipantCounts } from './forums.model';
import { MeetingCommand } from './meeting.commands';
import { MeetingEvent } from './meeting.events';
import { ExistingMeeting } from './meeting.state';
import { FORUMS_RULES } from './forums.rules';

/**
 * Attendance is recorded only for a held meeting, and only for member employers (with at least
 * one participant each) or named guests: ESF counts participants, so every one must be traceable.
 */
export function recordAttendance(
  command: MeetingCommand<'RecordAttendance'>,
  meeting: ExistingMeeting,
): MeetingEvent[] {
  const { meetingId, forumId } = meeting;
  if (meeting.status === 'PLANNED') {
    throw FORUMS_RULES.violation('ATTENDANCE_BEFORE_HELD', `Meeting ${meetingId} has not been held`, { meetingId });
  }
  if (meeting.status === 'CANCELLED') {
    throw FORUMS_RULES.violation('MEETING_CANCELLED', `Meeting ${meetingId} was cancelled`, { meetingId });
  }
  const given = { members: command.data.members ?? [], guests: command.data.guests ?? [] };
  if (given.members.length === 0 && given.guests.length === 0) {
    throw FORUMS_RULES.violation('NO_ATTENDANCE', 'Attendance names at least one member employer or guest', {
      meetingId,
    });
  }
  // No member list is an empty one (new Set(undefined)): every attending employer is then refused.
  const memberList = new Set(command.data.memberOrganisationNumbers?.map((number) => number.trim()));
  const members = validMembers(given.members, memberList, meetingId);
  const guests = namedPeople(given.guests, GUEST_RULES, { meetingId });
  if (sameAttendance({ members, guests }, meeting.attendance)) return [];
  return [{ type: 'AttendanceRecorded', data: { meetingId, forumId, members, guests } }];
}

function validMembers(given: MemberAttendance[], memberList: Set<string>, meetingId: string): MemberAttendance[] {
  const seen = new Set<string>();
  return given.map((attendance, index) => {
    const organisationNumber = attendance?.organisationNumber?.trim() ?? '';
    const details = { meetingId, index, organisationNumber };
    if (seen.has(organisationNumber)) {
      throw FORUMS_RULES.violation('DUPLICATE_ATTENDEE', `${organisationNumber} is named twice`, details);
    }
    seen.add(organisationNumber);
    if (!memberList.has(organisationNumber)) {
      throw FORUMS_RULES.violation(
        'ATTENDEE_NOT_A_MEMBER',
        `${organisationNumber} is not a member of the forum`,
        details,
      );
    }
    return { organisationNumber, participants: validParticipants(attendance.participants, details) };
  });
}

function validParticipants(given: ParticipantCounts | undefined, details: Record<string, unknown>): ParticipantCounts {
  return countedByRole(given, PARTICIPANT_RULES, details);
}

const PARTICIPANT_RULES = {
  invalid: FORUMS_RULES.code('INVALID_PARTICIPANTS'),
  nobody: FORUMS_RULES.code('INVALID_PARTICIPANTS'),
  nobodyMessage: 'A member employer that attended sent at least one person',
};

const GUEST_RULES = {
  unnamed: FORUMS_RULES.code('UNNAMED_GUEST'),
  unnamedMessage: 'A guest is a named person from an organisation',
  duplicate: FORUMS_RULES.code('DUPLICATE_ATTENDEE'),
  who: 'Guest',
  max: FORUM_TEXT_LIMITS.short,
};

/** Recording the same attendance again (a retried form) is already done. */
function sameAttendance(
  next: { members: MemberAttendance[]; guests: NamedGuest[] },
  current: ExistingMeeting['attendance'],
): boolean {
  return current !== undefined && JSON.stringify(next) === JSON.stringify(current);
}
