import { EventIn } from '@samverkan/core/domain';
import { AgencyParticipant, DialogueMeetingPlan, DialogueOutcome, IsoDate } from './dialogue.model';

export interface DialogueMeetingEvents {
  DialogueMeetingPlanned: DialogueMeetingPlan;
  DialogueParticipantsRecorded: { meetingId: string; participants: AgencyParticipant[] };
  DialogueMeetingHeld: { meetingId: string; heldOn: IsoDate; employerParticipants: number };
  /** A decision: the reason is in the envelope and in the data. */
  DialogueMeetingCancelled: { meetingId: string; reason: string };
  DialogueOutcomesRecorded: { meetingId: string; outcomes: DialogueOutcome[]; recordedOn: IsoDate };
  DialogueFollowUpRecorded: {
    meetingId: string;
    outcomeId: string;
    followedUpOn: IsoDate;
    note: string;
    done: boolean;
  };
}

export type DialogueMeetingEvent<T extends keyof DialogueMeetingEvents = keyof DialogueMeetingEvents> = EventIn<
  DialogueMeetingEvents,
  T
>;
