import { calendarDate, has, notBefore, pastOrToday, requiredId, requiredText } from '@samverkan/core/domain';
import { DIALOGUE_TEXT_LIMITS } from './dialogue.guards';
import { DialogueOutcome } from './dialogue.model';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { ExistingDialogueMeeting } from './dialogue-meeting.state';
import { DIALOGUE_RULES } from './dialogue.rules';

/** What came of a held meeting, and how each outcome was followed up. */

export function recordOutcomes(
  command: DialogueMeetingCommand<'RecordDialogueOutcomes'>,
  meeting: ExistingDialogueMeeting,
): DialogueMeetingEvent[] {
  const { meetingId } = meeting;
  if (meeting.status === 'PLANNED') {
    throw DIALOGUE_RULES.violation('OUTCOMES_BEFORE_HELD', `Dialogue meeting ${meetingId} has not been held`, {
      meetingId,
    });
  }
  if (meeting.status === 'CANCELLED') {
    throw DIALOGUE_RULES.violation('DIALOGUE_MEETING_CANCELLED', `Dialogue meeting ${meetingId} is cancelled`, {
      meetingId,
    });
  }
  const heldOn = meeting.heldOn as string;
  const given = command.data.outcomes;
  if (!Array.isArray(given) || given.length === 0) {
    throw DIALOGUE_RULES.violation('OUTCOME_REQUIRED', 'Record at least one outcome', { meetingId });
  }
  const recordedOn = pastOrToday(command.data.recordedOn, 'recordedOn', command.metadata.now, { meetingId });
  notBefore(recordedOn, heldOn, DIALOGUE_RULES.code('DATE_BEFORE_HELD'), 'recordedOn', { meetingId });
  const outcomes: DialogueOutcome[] = [];
  given.forEach((outcome, index) => {
    const details = { meetingId, index };
    const outcomeId = requiredId(outcome?.outcomeId, 'outcomeId', details);
    if (has(meeting.outcomes, outcomeId) || outcomes.some((other) => other.outcomeId === outcomeId)) {
      throw DIALOGUE_RULES.violation('DUPLICATE_OUTCOME', `Outcome ${outcomeId} is already recorded`, {
        ...details,
        outcomeId,
      });
    }
    const description = requiredText(outcome.description, 'description', { max: DIALOGUE_TEXT_LIMITS.long, details });
    if (outcome.followUpBy === undefined || outcome.followUpBy === null) {
      outcomes.push({ outcomeId, description });
      return;
    }
    const followUpBy = calendarDate(outcome.followUpBy, 'followUpBy', details);
    notBefore(followUpBy, heldOn, DIALOGUE_RULES.code('DATE_BEFORE_HELD'), 'followUpBy', details);
    outcomes.push({ outcomeId, description, followUpBy });
  });
  return [{ type: 'DialogueOutcomesRecorded', data: { meetingId, outcomes, recordedOn } }];
}

/** Each outcome is followed up as often as needed, on or after the day it was recorded. */
export function recordFollowUp(
  command: DialogueMeetingCommand<'RecordDialogueFollowUp'>,
  meeting: ExistingDialogueMeeting,
): DialogueMeetingEvent[] {
  const { meetingId } = meeting;
  if (Object.keys(meeting.outcomes).length === 0) {
    throw DIALOGUE_RULES.violation('FOLLOW_UP_BEFORE_OUTCOMES', `Dialogue meeting ${meetingId} has no outcomes yet`, {
      meetingId,
      status: meeting.status,
    });
  }
  const outcomeId = requiredId(command.data.outcomeId, 'outcomeId', { meetingId });
  if (!has(meeting.outcomes, outcomeId)) {
    throw DIALOGUE_RULES.violation('OUTCOME_NOT_FOUND', `Outcome ${outcomeId} is not recorded`, {
      meetingId,
      outcomeId,
    });
  }
  const details = { meetingId, outcomeId };
  const followedUpOn = pastOrToday(command.data.followedUpOn, 'followedUpOn', command.metadata.now, details);
  notBefore(
    followedUpOn,
    meeting.outcomes[outcomeId].recordedOn,
    DIALOGUE_RULES.code('DATE_BEFORE_OUTCOMES'),
    'followedUpOn',
    details,
  );
  const note = requiredText(command.data.note, 'note', { max: DIALOGUE_TEXT_LIMITS.long, details });
  const done = command.data.done === true;
  return [{ type: 'DialogueFollowUpRecorded', data: { meetingId, outcomeId, followedUpOn, note, done } }];
}
