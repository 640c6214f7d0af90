import { evolveEntity, has, NotStarted } from '@samverkan/core/domain';
import {
  AgencyParticipant,
  DialogueAudience,
  DialogueEmployer,
  DialogueKind,
  DialogueTopic,
  IsoDate,
} from './dialogue.model';
import { DialogueMeetingEvent } from './dialogue-meeting.events';

export interface DialogueFollowUp {
  followedUpOn: IsoDate;
  note: string;
  done: boolean;
}

/** An outcome as recorded, with its follow-ups in the order they were recorded. */
export interface RecordedOutcome {
  outcomeId: string;
  description: string;
  followUpBy?: IsoDate;
  recordedOn: IsoDate;
  followUps: readonly DialogueFollowUp[];
}

export interface ExistingDialogueMeeting {
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  meetingId: string;
  area: string;
  kind: DialogueKind;
  employers: readonly DialogueEmployer[];
  plannedOn: IsoDate;
  audiences: readonly DialogueAudience[];
  topics: readonly DialogueTopic[];
  /** FK and AV staff, each person once, in the order they were recorded. */
  participants: readonly AgencyParticipant[];
  heldOn?: IsoDate;
  employerParticipants?: number;
  /** Keyed by outcome id. */
  outcomes: Readonly<Record<string, RecordedOutcome>>;
  cancellationReason?: string;
}

export type DialogueMeetingState = NotStarted | ExistingDialogueMeeting;
export type DialogueMeetingStatus = DialogueMeetingState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveDialogueMeeting = evolveEntity<
  DialogueMeetingEvent,
  ExistingDialogueMeeting,
  'DialogueMeetingPlanned'
>(
  {
    DialogueMeetingPlanned: ({ data }) => ({
      ...data,
      status: 'PLANNED',
      employers: [...data.employers],
      audiences: [...data.audiences],
      topics: [...data.topics],
      participants: [],
      outcomes: {},
    }),
  },
  {
    DialogueParticipantsRecorded: (meeting, { data }) => {
      const participants = [...meeting.participants];
      for (const participant of data.participants) {
        if (!participants.some(({ personId }) => personId === participant.personId)) participants.push(participant);
      }
      return { ...meeting, participants };
    },
    DialogueMeetingHeld: (meeting, { data: { heldOn, employerParticipants } }) => ({
      ...meeting,
      status: 'HELD',
      heldOn,
      employerParticipants,
    }),
    DialogueMeetingCancelled: (meeting, { data }) => ({
      ...meeting,
      status: 'CANCELLED',
      cancellationReason: data.reason,
    }),
    DialogueOutcomesRecorded: (meeting, { data: { outcomes, recordedOn } }) => ({
      ...meeting,
      outcomes: {
        ...meeting.outcomes,
        ...Object.fromEntries(
          outcomes.map((outcome) => [outcome.outcomeId, { ...outcome, recordedOn, followUps: [] }]),
        ),
      },
    }),
    DialogueFollowUpRecorded: (meeting, { data: { outcomeId, followedUpOn, note, done } }) => {
      if (!has(meeting.outcomes, outcomeId)) return meeting;
      const outcome = meeting.outcomes[outcomeId];
      const followUps = [...outcome.followUps, { followedUpOn, note, done }];
      return { ...meeting, outcomes: { ...meeting.outcomes, [outcomeId]: { ...outcome, followUps } } };
    },
  },
);
