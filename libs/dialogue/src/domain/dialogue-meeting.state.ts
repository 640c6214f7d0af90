import { has } from '@samverkan/core/domain';
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

export interface NoDialogueMeeting {
  status: 'NONE';
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

export type DialogueMeetingState = NoDialogueMeeting | ExistingDialogueMeeting;
export type DialogueMeetingStatus = DialogueMeetingState['status'];

export function initialDialogueMeetingState(): DialogueMeetingState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveDialogueMeeting(state: DialogueMeetingState, event: DialogueMeetingEvent): DialogueMeetingState {
  switch (event.type) {
    case 'DialogueMeetingPlanned': {
      const { meetingId, area, kind, employers, plannedOn, audiences, topics } = event.data;
      return {
        status: 'PLANNED',
        meetingId,
        area,
        kind,
        employers: [...employers],
        plannedOn,
        audiences: [...audiences],
        topics: [...topics],
        participants: [],
        outcomes: {},
      };
    }
    case 'DialogueParticipantsRecorded':
      return onMeeting(state, (meeting) => {
        const participants = [...meeting.participants];
        for (const participant of event.data.participants) {
          if (!participants.some(({ personId }) => personId === participant.personId)) participants.push(participant);
        }
        return { ...meeting, participants };
      });
    case 'DialogueMeetingHeld': {
      const { heldOn, employerParticipants } = event.data;
      return onMeeting(state, (meeting) => ({ ...meeting, status: 'HELD', heldOn, employerParticipants }));
    }
    case 'DialogueMeetingCancelled':
      return onMeeting(state, (meeting) => ({
        ...meeting,
        status: 'CANCELLED',
        cancellationReason: event.data.reason,
      }));
    case 'DialogueOutcomesRecorded': {
      const { outcomes, recordedOn } = event.data;
      return onMeeting(state, (meeting) => ({
        ...meeting,
        outcomes: {
          ...meeting.outcomes,
          ...Object.fromEntries(
            outcomes.map((outcome) => [outcome.outcomeId, { ...outcome, recordedOn, followUps: [] }]),
          ),
        },
      }));
    }
    case 'DialogueFollowUpRecorded': {
      const { outcomeId, followedUpOn, note, done } = event.data;
      return onMeeting(state, (meeting) => {
        if (!has(meeting.outcomes, outcomeId)) return meeting;
        const outcome = meeting.outcomes[outcomeId];
        const followUps = [...outcome.followUps, { followedUpOn, note, done }];
        return { ...meeting, outcomes: { ...meeting.outcomes, [outcomeId]: { ...outcome, followUps } } };
      });
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before DialogueMeetingPlanned cannot occur in a meeting stream; if one did, it changes nothing. */
function onMeeting(
  state: DialogueMeetingState,
  change: (meeting: ExistingDialogueMeeting) => ExistingDialogueMeeting,
): DialogueMeetingState {
  return state.status === 'NONE' ? state : change(state);
}
