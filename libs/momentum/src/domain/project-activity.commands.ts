import { Command, DomainEvent } from '@samverkan/core/domain';
import { ActivityPlan, IsoDate, NamedParticipant, OrganisationParticipants } from './momentum.model';

/**
 * A conference, training, web training or study visit is planned, inside the project period.
 * `organiser` is one of the envelope's organisation codes; a study visit names the country it
 * goes to (ISO 3166 alpha-2, not SE). `region` is one of the configured regions (checked by the
 * application, as configuration).
 */
export type PlanActivity = Command<'PlanActivity', ActivityPlan>;

/** Moves a planned activity to another date inside the project period; the same date changes nothing. */
export type RescheduleActivity = Command<'RescheduleActivity', { activityId: string; date: IsoDate }>;

/** The activity took place (not in the future, inside the project period), with a short account. */
export type HoldActivity = Command<'HoldActivity', { activityId: string; heldOn: IsoDate; summary: string }>;

/**
 * Who took part in a held activity: organisations with participants by role, and named people.
 * Recording again replaces the list (a correction, with a reason; the timeline keeps both).
 */
export type RecordParticipants = Command<
  'RecordParticipants',
  { activityId: string; organisations: OrganisationParticipants[]; namedParticipants: NamedParticipant[] }
>;

/** A decision (reason required): only a planned activity is cancelled. */
export type CancelActivity = Command<'CancelActivity', { activityId: string }>;

/** The participants' evaluation of a held activity: an average on 1–10 and how many answered. */
export type ReportEvaluation = Command<'ReportEvaluation', { activityId: string; scale: number; respondents: number }>;

export type ActivityCommand =
  PlanActivity | RescheduleActivity | HoldActivity | RecordParticipants | CancelActivity | ReportEvaluation;

export type ActivityPlanned = DomainEvent<'ActivityPlanned', ActivityPlan>;
export type ActivityRescheduled = DomainEvent<
  'ActivityRescheduled',
  { activityId: string; date: IsoDate; previous: IsoDate }
>;
export type ActivityHeld = DomainEvent<'ActivityHeld', { activityId: string; heldOn: IsoDate; summary: string }>;
/** `reason` only on a correction: a list recorded before is replaced. */
export type ParticipantsRecorded = DomainEvent<
  'ParticipantsRecorded',
  {
    activityId: string;
    organisations: OrganisationParticipants[];
    namedParticipants: NamedParticipant[];
    reason?: string;
  }
>;
export type ActivityCancelled = DomainEvent<'ActivityCancelled', { activityId: string; reason: string }>;
/** `reason` only on a correction: an evaluation reported before is replaced. */
export type ActivityEvaluated = DomainEvent<
  'ActivityEvaluated',
  { activityId: string; scale: number; respondents: number; reason?: string }
>;

export type ActivityEvent =
  ActivityPlanned | ActivityRescheduled | ActivityHeld | ParticipantsRecorded | ActivityCancelled | ActivityEvaluated;
