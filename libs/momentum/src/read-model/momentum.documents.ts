import type { ActivityPlan, ActivityStatus, IsoDate, NamedParticipant, OrganisationParticipants } from '../domain';

/** People by role, the named participants, and everyone together. */
export interface ParticipantTotals {
  organisations: number;
  managers: number;
  hr: number;
  other: number;
  named: number;
  total: number;
}

/** The document the activity pages read, one per project activity. Named participants by person id only. */
export interface ActivityDoc extends Omit<ActivityPlan, 'country' | 'region'> {
  country: string | null;
  region: string | null;
  status: ActivityStatus;
  /** The year it was held in, else the year it is planned for: the list's year filter. */
  year: number;
  heldOn: IsoDate | null;
  summary: string | null;
  cancellationReason: string | null;
  /** As last recorded; null until recorded. */
  participants: { organisations: OrganisationParticipants[]; namedParticipants: NamedParticipant[] } | null;
  totals: ParticipantTotals;
  /** How many times participants were recorded: more than one means corrections (the timeline has each). */
  participantRecordings: number;
  evaluation: { scale: number; respondents: number } | null;
  /** Position of the plan in the store: orders the list, newest first. */
  position: string;
}
