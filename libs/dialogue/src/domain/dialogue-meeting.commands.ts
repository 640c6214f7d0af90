import { CommandIn } from '@samverkan/core/domain';
import { CitedInspection, DialogueMeetingPlan } from './dialogue.model';
import { DialogueMeetingEvent } from './dialogue-meeting.events';

export interface DialogueMeetingCommands {
  // A command asks for what its event records, so most take the event's data.
  /**
   * Plans a dialogue meeting in an area. A targeted dialogue is with employers selected in that
   * area and year (`selectedInArea`, read by the application); every cited inspection must exist
   * and concern one of the meeting's employers (`citedInspections`, read by the application).
   */
  PlanDialogueMeeting: DialogueMeetingPlan & {
    selectedInArea: string[];
    citedInspections: CitedInspection[];
  };
  /** FK and AV staff taking part; recorded before or at the meeting, added to, never removed silently. */
  RecordDialogueParticipants: DialogueMeetingEvent<'DialogueParticipantsRecorded'>['data'];
  /** Held on a day not in the future, only with both FK and AV among the participants. */
  HoldDialogueMeeting: DialogueMeetingEvent<'DialogueMeetingHeld'>['data'];
  /** A decision (reason required): only a planned meeting is cancelled. */
  CancelDialogueMeeting: { meetingId: string };
  /** Outcomes only after the meeting was held; outcome ids unique within the meeting. */
  RecordDialogueOutcomes: DialogueMeetingEvent<'DialogueOutcomesRecorded'>['data'];
  /** A follow-up of one recorded outcome. */
  RecordDialogueFollowUp: DialogueMeetingEvent<'DialogueFollowUpRecorded'>['data'];
}

export type DialogueMeetingCommand<T extends keyof DialogueMeetingCommands = keyof DialogueMeetingCommands> = CommandIn<
  DialogueMeetingCommands,
  T
>;
