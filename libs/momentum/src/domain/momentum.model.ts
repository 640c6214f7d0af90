/** Momentum's own activities (projekt Momentum, "Tillsammans för ett hållbart arbetsliv"). */
import { NamedPerson, RoleCounts as ParticipantCounts } from '@samverkan/core/domain';

/** Participants by role, as counted at the door: managers, HR staff, others, the roles ESF reports. */
export { REPORTED_ROLES as PARTICIPANT_ROLES } from '@samverkan/core/domain';
export type { ReportedRole as ParticipantRole, RoleCounts as ParticipantCounts } from '@samverkan/core/domain';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The ESF project runs from 1 May 2024 to 30 April 2027: its activities are dated inside it. */
export const PROJECT_PERIOD = { from: '2024-05-01', to: '2027-04-30' } as const;

/**
 * What Momentum delivers besides the knowledge group and the forums (their own modules):
 * conferences (konferenser), trainings (utbildningar), web trainings (webbutbildningar) and
 * international study visits (internationella studiebesök).
 */
export const ACTIVITY_KINDS = ['CONFERENCE', 'TRAINING', 'WEB_TRAINING', 'STUDY_VISIT'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Planned → held or cancelled. */
export const ACTIVITY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * An organisation that took part, and with how many people. `organisation` is an employer's
 * organisation number (normalised `NNNNNN-NNNN`) or an agency's code (FK, AV, …).
 */
export interface OrganisationParticipants {
  organisation: string;
  participants: ParticipantCounts;
}

/** A named participant (a speaker, a host abroad): a person in the person directory, never a name in the event. */
export type NamedParticipant = NamedPerson;

/** Participants' own evaluation on a 1–10 scale (as in KUPO: 7.2, 8.8, 7.7), averaged to one decimal. */
export interface ActivityEvaluation {
  scale: number;
  respondents: number;
}

export const EVALUATION_SCALE = { min: 1, max: 10 } as const;

/** How many participants an activity may expect: one at least, and a sane upper bound. */
export const EXPECTED_PARTICIPANTS_RANGE = { min: 1, max: 100_000 } as const;

/** Sweden's ISO 3166 alpha-2 code: a study visit goes abroad. */
export const SWEDEN = 'SE';

/** What planning says about an activity: the command, the event and the state all carry it. */
export interface ActivityPlan {
  activityId: string;
  kind: ActivityKind;
  title: string;
  organiser: string;
  date: IsoDate;
  place: string;
  country?: string;
  region?: string;
  expectedParticipants: number;
}
