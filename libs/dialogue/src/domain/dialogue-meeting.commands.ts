import { Command } from '@samverkan/core/domain';
import {
  AgencyParticipant, CitedInspection, DialogueAudience, DialogueEmployer, DialogueKind, DialogueOutcome, DialogueTopic, IsoDate,
} from './dialogue.model';

/**
 * Plans a dialogue meeting in an area. A targeted dialogue is with employers selected in that
 * area and year (`selectedInArea`, read by the application); every cited inspection must exist
 * and concern one of the meeting's employers (`citedInspections`, read by the application).
 */
export type PlanDialogueMeeting = Command<
  'PlanDialogueMeeting',
  {
    meetingId: string;
    area: string;
    kind: DialogueKind;
    employers: DialogueEmployer[];
    plannedOn: IsoDate;
    audiences: DialogueAudience[];
    topics: DialogueTopic[];
    selectedInArea: string[];
    citedInspections: CitedInspection[];
  }
>;

/** FK and AV staff taking part; recorded before or at the meeting, added to, never removed silently. */
export type RecordDialogueParticipants = Command<'RecordDialogueParticipants', { meetingId: string; participants: AgencyParticipant[] }>;

/** Held on a day not in the future, only with both FK and AV among the participants. */
export type HoldDialogueMeeting = Command<'HoldDialogueMeeting', { meetingId: string; heldOn: IsoDate; employerParticipants: number }>;

/** A decision (reason required): only a planned meeting is cancelled. */
export type CancelDialogueMeeting = Command<'CancelDialogueMeeting', { meetingId: string }>;

/** Outcomes only after the meeting was held; outcome ids unique within the meeting. */
export type RecordDialogueOutcomes = Command<'RecordDialogueOutcomes', { meetingId: string; outcomes: DialogueOutcome[]; recordedOn: IsoDate }>;

/** A follow-up of one recorded outcome. */
export type RecordDialogueFollowUp = Command<
  'RecordDialogueFollowUp',
  { meetingId: string; outcomeId: string; followedUpOn: IsoDate; note: string; done: boolean }
>;

export type DialogueMeetingCommand =
  | PlanDialogueMeeting
  | RecordDialogueParticipants
  | HoldDialogueMeeting
  | CancelDialogueMeeting
  | RecordDialogueOutcomes
  | RecordDialogueFollowUp;
