import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { ActivityEvent } from './project-activity.commands';
import {
  ActivityEvaluation,
  ActivityPlan,
  ActivityStatus,
  IsoDate,
  NamedParticipant,
  OrganisationParticipants,
} from './momentum.model';

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

export type ActivityState = NotStarted | ExistingActivity;

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveActivity = evolveEntity<ActivityEvent, ExistingActivity, 'ActivityPlanned'>(
  { ActivityPlanned: ({ data }) => ({ status: 'PLANNED', ...data }) },
  {
    ActivityRescheduled: (activity, { data }) => ({ ...activity, date: data.date }),
    ActivityHeld: (activity, { data: { heldOn, summary } }) => ({ ...activity, status: 'HELD', heldOn, summary }),
    ParticipantsRecorded: (activity, { data: { organisations, namedParticipants } }) => ({
      ...activity,
      participants: {
        organisations: organisations.map((o) => ({ ...o, participants: { ...o.participants } })),
        namedParticipants: [...namedParticipants],
      },
    }),
    ActivityCancelled: (activity, { data }) => ({ ...activity, status: 'CANCELLED', cancellationReason: data.reason }),
    ActivityEvaluated: (activity, { data: { scale, respondents } }) => ({
      ...activity,
      evaluation: { scale, respondents },
    }),
  },
);
