import { ActivityEvent } from './project-activity.commands';
import {
  ActivityEvaluation,
  ActivityPlan,
  ActivityStatus,
  IsoDate,
  NamedParticipant,
  OrganisationParticipants,
} from './momentum.model';

export interface NoActivity {
  status: 'NONE';
}

/** Who took part, as last recorded. */
export interface RecordedParticipants {
  organisations: readonly OrganisationParticipants[];
  namedParticipants: readonly NamedParticipant[];
}

/** The plan, with `date` as rescheduled. */
export interface ExistingActivity extends ActivityPlan {
  status: ActivityStatus;
  heldOn?: IsoDate;
  summary?: string;
  cancellationReason?: string;
  participants?: RecordedParticipants;
  evaluation?: ActivityEvaluation;
}

export type ActivityState = NoActivity | ExistingActivity;

export function initialActivityState(): ActivityState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveActivity(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'ActivityPlanned':
      return { status: 'PLANNED', ...event.data };
    case 'ActivityRescheduled':
      return onActivity(state, (activity) => ({ ...activity, date: event.data.date }));
    case 'ActivityHeld': {
      const { heldOn, summary } = event.data;
      return onActivity(state, (activity) => ({ ...activity, status: 'HELD', heldOn, summary }));
    }
    case 'ParticipantsRecorded': {
      const { organisations, namedParticipants } = event.data;
      return onActivity(state, (activity) => ({
        ...activity,
        participants: {
          organisations: organisations.map((o) => ({ ...o, participants: { ...o.participants } })),
          namedParticipants: [...namedParticipants],
        },
      }));
    }
    case 'ActivityCancelled':
      return onActivity(state, (activity) => ({
        ...activity,
        status: 'CANCELLED',
        cancellationReason: event.data.reason,
      }));
    case 'ActivityEvaluated': {
      const { scale, respondents } = event.data;
      return onActivity(state, (activity) => ({ ...activity, evaluation: { scale, respondents } }));
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before ActivityPlanned cannot occur in an activity stream; if one did, it changes nothing. */
function onActivity(state: ActivityState, change: (activity: ExistingActivity) => ExistingActivity): ActivityState {
  return state.status === 'NONE' ? state : change(state);
}
