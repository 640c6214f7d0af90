import { CommandIn, EventIn } from '@samverkan/core/domain';
import { ActivityPlan, IsoDate, NamedParticipant, OrganisationParticipants } from './momentum.model';

export interface ActivityCommands {
  /**
   * A conference, training, web training or study visit is planned, inside the project period.
   * `organiser` is one of the envelope's organisation codes; a study visit names the country it
   * goes to (ISO 3166 alpha-2, not SE). `region` is one of the configured regions (checked by the
   * application, as configuration).
   */
  PlanActivity: ActivityPlan;
  /** Moves a planned activity to another date inside the project period; the same date changes nothing. */
  RescheduleActivity: { activityId: string; date: IsoDate };
  /** The activity took place (not in the future, inside the project period), with a short account. */
  HoldActivity: { activityId: string; heldOn: IsoDate; summary: string };
  /**
   * Who took part in a held activity: organisations with participants by role, and named people.
   * Recording again replaces the list (a correction, with a reason; the timeline keeps both).
   */
  RecordParticipants: {
    activityId: string;
    organisations: OrganisationParticipants[];
    namedParticipants: NamedParticipant[];
  };
  /** A decision (reason required): only a planned activity is cancelled. */
  CancelActivity: { activityId: string };
  /** The participants' evaluation of a held activity: an average on 1–10 and how many answered. */
  ReportEvaluation: { activityId: string; scale: number; respondents: number };
}

export type ActivityCommand<T extends keyof ActivityCommands = keyof ActivityCommands> = CommandIn<ActivityCommands, T>;

export interface ActivityEvents {
  ActivityPlanned: ActivityPlan;
  ActivityRescheduled: { activityId: string; date: IsoDate; previous: IsoDate };
  ActivityHeld: { activityId: string; heldOn: IsoDate; summary: string };
  /** `reason` only on a correction: a list recorded before is replaced. */
  ParticipantsRecorded: {
    activityId: string;
    organisations: OrganisationParticipants[];
    namedParticipants: NamedParticipant[];
    reason?: string;
  };
  ActivityCancelled: { activityId: string; reason: string };
  /** `reason` only on a correction: an evaluation reported before is replaced. */
  ActivityEvaluated: { activityId: string; scale: number; respondents: number; reason?: string };
}

export type ActivityEvent<T extends keyof ActivityEvents = keyof ActivityEvents> = EventIn<ActivityEvents, T>;
