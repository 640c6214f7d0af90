import { DomainEvent } from '@samverkan/core/domain';
import { AgencyParticipant, DialogueMeetingPlan, DialogueOutcome, IsoDate } from './dialogue.model';

export type DialogueMeetingPlanned = DomainEvent<'DialogueMeetingPlanned', DialogueMeetingPlan>;

export type DialogueParticipantsRecorded = DomainEvent<
  'DialogueParticipantsRecorded',
  { meetingId: string; participants: AgencyParticipant[] }
>;

export type DialogueMeetingHeld = DomainEvent<
  'DialogueMeetingHeld',
  { meetingId: string; heldOn: IsoDate; employerParticipants: number }
>;

/** A decision: the reason is in the envelope and in the data. */
export type DialogueMeetingCancelled = DomainEvent<'DialogueMeetingCancelled', { meetingId: string; reason: string }>;

export type DialogueOutcomesRecorded = DomainEvent<
  'DialogueOutcomesRecorded',
  { meetingId: string; outcomes: DialogueOutcome[]; recordedOn: IsoDate }
>;

export type DialogueFollowUpRecorded = DomainEvent<
  'DialogueFollowUpRecorded',
  { meetingId: string; outcomeId: string; followedUpOn: IsoDate; note: string; done: boolean }
>;

export type DialogueMeetingEvent =
  | DialogueMeetingPlanned
  | DialogueParticipantsRecorded
  | DialogueMeetingHeld
  | DialogueMeetingCancelled
  | DialogueOutcomesRecorded
  | DialogueFollowUpRecorded;
