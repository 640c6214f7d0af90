import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { activityDecider } from '../project-activity';
import { ActivityCommand, ActivityEvent } from '../project-activity.commands';
import { NamedParticipant, OrganisationParticipants } from '../momentum.model';

/** Momentum's national kick-off conference in the autumn of 2024; employers and numbers are fictional. */

export const activitySpec = deciderSpecification(activityDecider);

/** Late morning on 20 November 2025 in Stockholm. */
export const { NOW, TODAY, TOMORROW, metadata, commandOf } = fixedClock('2025-11-20T10:00:00Z', '2025-11-20');

export const ACTIVITY_ID = 'pa-0001';
export const TITLE = 'Nationell uppstartskonferens: Tillsammans för ett hållbart arbetsliv';
export const PLACE = 'Stockholm';
export const DATE = '2024-10-15';
export const HELD_ON = '2024-10-16';
export const SUMMARY =
  'Konferensen samlade arbetsgivare från alla sex forum kring psykisk hälsa och hållbara arbetsplatser.';

/** Fictional employers: a municipality and a limited company, with valid check digits. */
export const KOMMUN = '212901-3211';
export const BOLAG = '556901-2346';

/** The plan a command asks for and its event records: one conference by FK. */
const PLANNED: ActivityEvent<'ActivityPlanned'>['data'] = {
  activityId: ACTIVITY_ID,
  kind: 'CONFERENCE',
  title: TITLE,
  organiser: 'FK',
  date: DATE,
  place: PLACE,
  expectedParticipants: 150,
};

export function planActivity(
  data: Partial<ActivityCommand<'PlanActivity'>['data']> = {},
): ActivityCommand<'PlanActivity'> {
  return commandOf('PlanActivity', { ...PLANNED, ...data });
}
export function activityPlanned(
  data: Partial<ActivityEvent<'ActivityPlanned'>['data']> = {},
): ActivityEvent<'ActivityPlanned'> {
  return { type: 'ActivityPlanned', data: { ...PLANNED, ...data } };
}

export const STUDY_VISIT = {
  kind: 'STUDY_VISIT',
  title: 'Studiebesök hos NAV om arbetsinkludering',
  place: 'Oslo',
  country: 'NO',
} as const;

export function rescheduleActivity(date = '2024-10-16'): ActivityCommand<'RescheduleActivity'> {
  return commandOf('RescheduleActivity', { activityId: ACTIVITY_ID, date });
}
export function activityRescheduled(date = '2024-10-16', previous = DATE): ActivityEvent<'ActivityRescheduled'> {
  return { type: 'ActivityRescheduled', data: { activityId: ACTIVITY_ID, date, previous } };
}

export function holdActivity(heldOn = HELD_ON, summary = SUMMARY): ActivityCommand<'HoldActivity'> {
  return commandOf('HoldActivity', { activityId: ACTIVITY_ID, heldOn, summary });
}
export function activityHeld(heldOn = HELD_ON, summary = SUMMARY): ActivityEvent<'ActivityHeld'> {
  return { type: 'ActivityHeld', data: { activityId: ACTIVITY_ID, heldOn, summary } };
}

export const ORGANISATIONS_PRESENT: OrganisationParticipants[] = [
  { organisation: KOMMUN, participants: { MANAGER: 4, HR: 2, OTHER: 1 } },
  { organisation: BOLAG, participants: { MANAGER: 1, HR: 1, OTHER: 1 } },
  { organisation: 'AV', participants: { MANAGER: 0, HR: 0, OTHER: 3 } },
];
export const NAMED: NamedParticipant[] = [{ personId: 'person-speaker-1', organisation: 'Folkhälsomyndigheten' }];

/** A `reason` of null leaves the reason out. */
export function recordParticipants(
  organisations: OrganisationParticipants[] = ORGANISATIONS_PRESENT,
  namedParticipants: NamedParticipant[] = NAMED,
  reason: string | null = null,
): ActivityCommand<'RecordParticipants'> {
  return commandOf('RecordParticipants', { activityId: ACTIVITY_ID, organisations, namedParticipants }, reason);
}
export function participantsRecorded(
  organisations: OrganisationParticipants[] = ORGANISATIONS_PRESENT,
  namedParticipants: NamedParticipant[] = NAMED,
  reason?: string,
): ActivityEvent<'ParticipantsRecorded'> {
  return {
    type: 'ParticipantsRecorded',
    data: { activityId: ACTIVITY_ID, organisations, namedParticipants, ...(reason !== undefined ? { reason } : {}) },
  };
}
export const CORRECTION_REASON = 'Närvarolistan från AV kom in i efterhand';

export const CANCELLATION_REASON = 'För få anmälda';
/** A `reason` of null leaves the reason out. */
export function cancelActivity(reason: string | null = CANCELLATION_REASON): ActivityCommand<'CancelActivity'> {
  return commandOf('CancelActivity', { activityId: ACTIVITY_ID }, reason);
}
export function activityCancelled(reason = CANCELLATION_REASON): ActivityEvent<'ActivityCancelled'> {
  return { type: 'ActivityCancelled', data: { activityId: ACTIVITY_ID, reason } };
}

/** A `reason` of null leaves the reason out. */
export function reportEvaluation(
  scale = 8.8,
  respondents = 9,
  reason: string | null = null,
): ActivityCommand<'ReportEvaluation'> {
  return commandOf('ReportEvaluation', { activityId: ACTIVITY_ID, scale, respondents }, reason);
}
export function activityEvaluated(scale = 8.8, respondents = 9, reason?: string): ActivityEvent<'ActivityEvaluated'> {
  return {
    type: 'ActivityEvaluated',
    data: { activityId: ACTIVITY_ID, scale, respondents, ...(reason !== undefined ? { reason } : {}) },
  };
}

export const aPlannedActivity: ActivityEvent[] = [activityPlanned()];
export const aHeldActivity: ActivityEvent[] = [...aPlannedActivity, activityHeld()];
export const aCancelledActivity: ActivityEvent[] = [...aPlannedActivity, activityCancelled()];
/** 13 people from three organisations and one named speaker: 14 in all. */
export const anActivityWithParticipants: ActivityEvent[] = [...aHeldActivity, participantsRecorded()];
export const anEvaluatedActivity: ActivityEvent[] = [...anActivityWithParticipants, activityEvaluated()];
