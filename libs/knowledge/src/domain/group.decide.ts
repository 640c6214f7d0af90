import {
  assertCancellable,
  calendarDate,
  CORE_RULES,
  decideByType,
  existingIn,
  has,
  notBefore,
  NotFoundError,
  onEntity,
  oneOf,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
  requireStatus,
  validYear,
} from '@samverkan/core/domain';
import { GroupCommand, GroupEvent } from './group.commands';
import { ActiveGroup, GroupMeeting, GroupState } from './group.state';
import { insideTerm, KNOWLEDGE_TEXT_LIMITS, organisationCode } from './knowledge.guards';
import { MemberOrganisation, TERMS } from './knowledge.model';
import { KNOWLEDGE_RULES } from './knowledge.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the group (and the meeting) exist and allow
// the command, then the command's own content, then the reason. The group is never closed.

const activeGroup = existingIn<ActiveGroup>('Group');
const onGroup = onEntity(activeGroup, 'groupId');

export const decideGroup = decideByType<GroupCommand, GroupState, GroupEvent>('knowledge group', {
  FoundGroup: found,
  AdmitGroupMember: onGroup(admit),
  RemoveGroupMember: onGroup(remove),
  PlanGroupMeeting: onGroup(plan),
  HoldGroupMeeting: onGroup(hold),
  CancelGroupMeeting: onGroup(cancel),
});

function found(command: GroupCommand<'FoundGroup'>, state: GroupState): GroupEvent[] {
  const groupId = requiredId(command.data.groupId, 'groupId');
  if (state.status !== 'NONE') {
    throw KNOWLEDGE_RULES.violation('GROUP_ALREADY_FOUNDED', `Group ${groupId} was founded on ${state.foundedOn}`, {
      groupId,
      foundedOn: state.foundedOn,
    });
  }
  const host = validOrganisation(command.data.host, { groupId });
  const foundedOn = pastOrToday(command.data.foundedOn, 'foundedOn', command.metadata.now, { groupId });
  return [{ type: 'GroupFounded', data: { groupId, host, foundedOn } }];
}

/** A former member may join again; a current one is not admitted twice. */
function admit(command: GroupCommand<'AdmitGroupMember'>, group: ActiveGroup): GroupEvent[] {
  const { groupId } = group;
  const member = validOrganisation(command.data.member, { groupId });
  if (has(group.members, member.code)) {
    throw KNOWLEDGE_RULES.violation('ALREADY_A_MEMBER', `${member.code} is already a member`, {
      groupId,
      code: member.code,
    });
  }
  const details = { groupId, code: member.code };
  const joinedOn = pastOrToday(command.data.joinedOn, 'joinedOn', command.metadata.now, details);
  notBefore(joinedOn, group.foundedOn, KNOWLEDGE_RULES.code('BEFORE_FOUNDED'), 'joinedOn', details);
  return [{ type: 'GroupMemberAdmitted', data: { groupId, member, joinedOn } }];
}

/** A decision: the host stays, as long as the group goes on. */
function remove(command: GroupCommand<'RemoveGroupMember'>, group: ActiveGroup): GroupEvent[] {
  const { groupId } = group;
  const code = organisationCode(command.data.code, { groupId });
  if (!has(group.members, code)) {
    throw KNOWLEDGE_RULES.violation('NOT_A_MEMBER', `${code} is not a member`, { groupId, code });
  }
  if (code === group.host.code) {
    throw KNOWLEDGE_RULES.violation('HOST_CANNOT_LEAVE', `${code} hosts the group and cannot leave it`, {
      groupId,
      code,
    });
  }
  const details = { groupId, code };
  const leftOn = pastOrToday(command.data.leftOn, 'leftOn', command.metadata.now, details);
  notBefore(leftOn, group.members[code].joinedOn, KNOWLEDGE_RULES.code('BEFORE_JOINED'), 'leftOn', details);
  const reason = requiredReason(command.reason, details);
  return [{ type: 'GroupMemberRemoved', data: { groupId, code, leftOn, reason } }];
}

function plan(command: GroupCommand<'PlanGroupMeeting'>, group: ActiveGroup): GroupEvent[] {
  const { groupId } = group;
  const meetingId = requiredId(command.data.meetingId, 'meetingId', { groupId });
  const details = { groupId, meetingId };
  if (has(group.meetings, meetingId)) {
    throw KNOWLEDGE_RULES.violation(
      'GROUP_MEETING_ALREADY_PLANNED',
      `Group meeting ${meetingId} is already planned`,
      details,
    );
  }
  const term = oneOf(command.data.term, TERMS, 'term', details);
  const year = validYear(command.data.year, details);
  const date = insideTerm(calendarDate(command.data.date, 'date', details), term, year, 'date', details);
  const { agenda } = command.data;
  if (!Array.isArray(agenda)) {
    throw CORE_RULES.violation('INVALID_TEXT', 'The agenda is a list of items', { ...details, field: 'agenda' });
  }
  const items = agenda.map((item, index) =>
    requiredText(item, 'agenda', { max: KNOWLEDGE_TEXT_LIMITS.long, details: { ...details, index } }),
  );
  return [{ type: 'GroupMeetingPlanned', data: { groupId, meetingId, term, year, date, agenda: items } }];
}

/** Held inside its term, not in the future, with the current members present, each once. */
function hold(command: GroupCommand<'HoldGroupMeeting'>, group: ActiveGroup): GroupEvent[] {
  const { groupId } = group;
  const meeting = existingMeeting(group, command.data.meetingId);
  const { meetingId } = meeting;
  const details = { groupId, meetingId };
  requireStatus(
    meeting,
    ['PLANNED'],
    KNOWLEDGE_RULES.code('GROUP_MEETING_NOT_PLANNED'),
    `Group meeting ${meetingId}`,
    details,
  );
  const heldOn = pastOrToday(command.data.heldOn, 'heldOn', command.metadata.now, details);
  insideTerm(heldOn, meeting.term, meeting.year, 'heldOn', details);
  const given = command.data.present;
  if (!Array.isArray(given) || given.length === 0) {
    throw KNOWLEDGE_RULES.violation(
      'PRESENT_REQUIRED',
      'A group meeting is held with at least one member present',
      details,
    );
  }
  const present: string[] = [];
  for (const value of given) {
    const code = organisationCode(value, details);
    if (!has(group.members, code)) {
      throw KNOWLEDGE_RULES.violation('PRESENT_NOT_A_MEMBER', `${code} is not a member of the group`, {
        ...details,
        code,
      });
    }
    if (present.includes(code)) {
      throw KNOWLEDGE_RULES.violation('DUPLICATE_PRESENT', `${code} is named twice`, { ...details, code });
    }
    present.push(code);
  }
  return [{ type: 'GroupMeetingHeld', data: { groupId, meetingId, heldOn, present } }];
}

const CANCEL_RULES = {
  held: KNOWLEDGE_RULES.code('GROUP_MEETING_ALREADY_HELD'),
  cancelled: KNOWLEDGE_RULES.code('GROUP_MEETING_ALREADY_CANCELLED'),
};

/** A decision: only a planned meeting is cancelled. */
function cancel(command: GroupCommand<'CancelGroupMeeting'>, group: ActiveGroup): GroupEvent[] {
  const { groupId } = group;
  const meeting = existingMeeting(group, command.data.meetingId);
  const { meetingId } = meeting;
  assertCancellable(meeting, `Group meeting ${meetingId}`, CANCEL_RULES, { groupId, meetingId });
  const reason = requiredReason(command.reason, { groupId, meetingId });
  return [{ type: 'GroupMeetingCancelled', data: { groupId, meetingId, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

function existingMeeting(group: ActiveGroup, meetingId: string): GroupMeeting {
  if (typeof meetingId !== 'string' || !has(group.meetings, meetingId))
    throw new NotFoundError('GroupMeeting', meetingId);
  return group.meetings[meetingId];
}

/** A missing organisation is refused for its code, before its name is read. */
function validOrganisation(organisation: MemberOrganisation, details: Record<string, unknown>): MemberOrganisation {
  const code = organisationCode(organisation?.code, details);
  const name = requiredText(organisation.name, 'name', { details: { ...details, code } });
  return { code, name };
}
