import { Command } from '@samverkan/core/domain';
import { CitedInspection, DialogueMeetingPlan } from './dialogue.model';
import {
  DialogueFollowUpRecorded,
  DialogueMeetingHeld,
  DialogueOutcomesRecorded,
  DialogueParticipantsRecorded,
} from './dialogue-meeting.events';

// A command asks for what its event records, so most take the event's data.

/**
 * Plans a dialogue meeting in an area. A targeted dialogue is with employers selected in that
 * area and year (`selectedInArea`, read by the application); every cited inspection must exist
 * and concern one of the meeting's employers (`citedInspections`, read by the application).
 */
export type PlanDialogueMeeting = Command<
  'PlanDialogueMeeting',
  DialogueMeetingPlan & {
    selectedInArea: string[];
    citedInspections: CitedInspection[];
  }
>;

/** FK and AV staff taking part; recorded before or at the meeting, added to, never removed silently. */
export type RecordDialogueParticipants = Command<'RecordDialogueParticipants', DialogueParticipantsRecorded['data']>;

/** Held on a day not in the future, only with both FK and AV among the participants. */
export type HoldDialogueMeeting = Command<'HoldDialogueMeeting', DialogueMeetingHeld['data']>;

/** A decision (reason required): only a planned meeting is cancelled. */
export type CancelDialogueMeeting = Command<'CancelDialogueMeeting', { meetingId: string }>;

/** Outcomes only after the meeting was held; outcome ids unique within the meeting. */
export type RecordDialogueOutcomes = Command<'RecordDialogueOutcomes', DialogueOutcomesRecorded['data']>;

/** A follow-up of one recorded outcome. */
export type RecordDialogueFollowUp = Command<'RecordDialogueFollowUp', DialogueFollowUpRecorded['data']>;

export type DialogueMeetingCommand =
  | PlanDialogueMeeting
  | RecordDialogueParticipants
  | HoldDialogueMeeting
  | CancelDialogueMeeting
  | RecordDialogueOutcomes
  | RecordDialogueFollowUp;
