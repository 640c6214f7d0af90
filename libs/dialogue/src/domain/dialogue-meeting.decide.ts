import {
  assertCancellable,
  decideByType,
  existingIn,
  oneOf,
  pastOrToday,
  requiredId,
  requiredReason,
  requireStatus,
} from '@samverkan/core/domain';
import { Agency, AGENCIES, AgencyParticipant } from './dialogue.model';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { recordFollowUp, recordOutcomes } from './dialogue-meeting.outcomes';
import { planDialogueMeeting } from './dialogue-meeting.plan';
import { DialogueMeetingState, ExistingDialogueMeeting } from './dialogue-meeting.state';
import { DIALOGUE_RULES } from './dialogue.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the meeting exist and is it in a status that
// allows the command, then the command's own content. Planned → held or cancelled, never back.

export const decideDialogueMeeting = decideByType<DialogueMeetingCommand, DialogueMeetingState, DialogueMeetingEvent>(
  'dialogue meeting',
  {
    PlanDialogueMeeting: planDialogueMeeting,
    RecordDialogueParticipants: recordParticipants,
    HoldDialogueMeeting: hold,
    CancelDialogueMeeting: cancel,
    RecordDialogueOutcomes: (command, state) =>
      recordOutcomes(command, existingDialogueMeeting(state, command.data.meetingId)),
    RecordDialogueFollowUp: (command, state) =>
      recordFollowUp(command, existingDialogueMeeting(state, command.data.meetingId)),
  },
);

/** Staff are added before or at the meeting; someone already recorded is not recorded again. */
function recordParticipants(
  command: DialogueMeetingCommand<'RecordDialogueParticipants'>,
  state: DialogueMeetingState,
): DialogueMeetingEvent[] {
  const meeting = notCancelled(state, command.data.meetingId);
  const { meetingId } = meeting;
  const given = command.data.participants;
  if (!Array.isArray(given) || given.length === 0) {
    throw DIALOGUE_RULES.violation('PARTICIPANT_REQUIRED', 'Record at least one participant', { meetingId });
  }
  const participants: AgencyParticipant[] = [];
  given.forEach((participant, index) => {
    const personId = requiredId(participant?.personId, 'personId', { meetingId, index });
    // requiredId has refused a missing participant, so the agency is read from one that is there.
    const agency = oneOf(participant.agency, AGENCIES, 'agency', { meetingId, index });
    const known = [...meeting.participants, ...participants].some((other) => other.personId === personId);
    if (!known) participants.push({ personId, agency });
  });
  if (participants.length === 0) return [];
  return [{ type: 'DialogueParticipantsRecorded', data: { meetingId, participants } }];
}

function hold(
  command: DialogueMeetingCommand<'HoldDialogueMeeting'>,
  state: DialogueMeetingState,
): DialogueMeetingEvent[] {
  const meeting = existingDialogueMeeting(state, command.data.meetingId);
  const { meetingId } = meeting;
  const label = `Dialogue meeting ${meetingId}`;
  requireStatus(meeting, ['PLANNED'], DIALOGUE_RULES.code('DIALOGUE_MEETING_NOT_PLANNED'), label, { meetingId });
  const heldOn = pastOrToday(command.data.heldOn, 'heldOn', command.metadata.now, { meetingId });
  const present = new Set<Agency>(meeting.participants.map(({ agency }) => agency));
  const missing = AGENCIES.filter((agency) => !present.has(agency));
  if (missing.length > 0) {
    throw DIALOGUE_RULES.violation(
      'BOTH_AGENCIES_REQUIRED',
      'A dialogue meeting is held with both FK and AV taking part',
      {
        meetingId,
        missing,
      },
    );
  }
  const { employerParticipants } = command.data;
  if (!Number.isInteger(employerParticipants) || employerParticipants < 0) {
    throw DIALOGUE_RULES.violation(
      'INVALID_PARTICIPANT_COUNT',
      'The employers’ participants are a whole number, zero or more',
      {
        meetingId,
        employerParticipants: employerParticipants ?? null,
      },
    );
  }
  return [{ type: 'DialogueMeetingHeld', data: { meetingId, heldOn, employerParticipants } }];
}

const CANCEL_RULES = {
  held: DIALOGUE_RULES.code('DIALOGUE_MEETING_ALREADY_HELD'),
  cancelled: DIALOGUE_RULES.code('DIALOGUE_MEETING_ALREADY_CANCELLED'),
};

function cancel(
  command: DialogueMeetingCommand<'CancelDialogueMeeting'>,
  state: DialogueMeetingState,
): DialogueMeetingEvent[] {
  const meeting = existingDialogueMeeting(state, command.data.meetingId);
  const { meetingId } = meeting;
  assertCancellable(meeting, `Dialogue meeting ${meetingId}`, CANCEL_RULES, { meetingId });
  const reason = requiredReason(command.reason, { meetingId });
  return [{ type: 'DialogueMeetingCancelled', data: { meetingId, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

const existingDialogueMeeting = existingIn<ExistingDialogueMeeting>('DialogueMeeting');

function notCancelled(state: DialogueMeetingState, meetingId: string): ExistingDialogueMeeting {
  const meeting = existingDialogueMeeting(state, meetingId);
  if (meeting.status === 'CANCELLED') {
    throw DIALOGUE_RULES.violation('DIALOGUE_MEETING_CANCELLED', `Dialogue meeting ${meetingId} is cancelled`, {
      meetingId,
    });
  }
  return meeting;
}
