import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { PlanCommand } from '../plan.commands';
import { PlanEvent } from '../plan.events';
import { PlanActivity, SteeringGroupDecision } from '../plan.model';
import { planDecider } from '../plan';

/** Test data from the 2025 plan for active collaboration (AV 2025/005661, FK 2025/002400). */

export const spec = deciderSpecification(planDecider);

export const YEAR = 2025;
/** The day FK and AV reported the government assignment (rapport 2025-06-03). */
export const { NOW, metadata, commandOf } = fixedClock('2025-06-03T10:00:00Z', '2025-06-03');

export const tipRoutines: PlanActivity = {
  activityId: 'tips-rutiner',
  title: 'Revidera FK:s rutin- och stöddokument för tips till AV',
  area: 'TIP_ROUTINES',
  owner: 'FK',
  dueDate: '2025-06-30',
  indicators: ['antal tips', 'åtgärder på tips', 'spridning geografi och bransch'],
};

export const webinar: PlanActivity = {
  activityId: 'webbinarium-externt',
  title: 'Externt kunskapswebbinarium för kommuner och regioner',
  area: 'COMMUNICATION',
  owner: 'JOINT',
  dueDate: '2025-11-30',
  indicators: ['antal deltagande arbetsgivare'],
};

export const homeCareSupervision: PlanActivity = {
  activityId: 'tillsyn-hemtjanst',
  title: 'Gemensam tillsyn av hemtjänsten: Ett hållbart arbetsliv i välfärden',
  area: 'JOINT_SUPERVISION',
  owner: 'AV',
  dueDate: '2026-05-31',
  indicators: ['antal inspektioner på huvudmannanivå'],
};

export const regionalDialogue: PlanActivity = {
  activityId: 'dialog-varmland',
  title: 'Riktad fördjupad dialog med utvalda arbetsgivare',
  area: 'DIALOGUE',
  owner: 'JOINT',
  region: 'Värmland',
  dueDate: '2025-12-15',
  indicators: ['antal dialogmöten'],
};

export const broadCampaign: PlanActivity = {
  activityId: 'kommunikationsinsats',
  title: 'Bred extern kommunikationsinsats till arbetsgivare',
  area: 'COMMUNICATION',
  owner: 'JOINT',
  dueDate: '2025-12-31',
  indicators: ['räckvidd kommunikationsinsats'],
};

export function decision(overrides: Partial<SteeringGroupDecision> = {}): SteeringGroupDecision {
  return {
    decisionId: 'SG-2025-03',
    decidedAt: '2025-03-12T14:30:00+01:00',
    decidedBy: [
      { personId: 'person-fk-1', organisation: 'FK' },
      { personId: 'person-av-1', organisation: 'AV' },
      { personId: 'person-av-2', organisation: 'AV' },
    ],
    what: 'Styrgruppen antar plan för aktiv samverkan 2025',
    minutesReference: 'styrgruppen 2025-03-12 § 4',
    ...overrides,
  };
}

export const adoption = decision();
export const followUpDecision = decision({
  decisionId: 'SG-2025-09',
  decidedAt: '2025-05-28T10:00:00+02:00',
  what: 'Styrgruppen följer upp planen efter första tertialen',
  minutesReference: 'styrgruppen 2025-05-28 § 2',
});
export const amendmentDecision = decision({
  decisionId: 'SG-2025-07',
  decidedAt: '2025-05-14T10:00:00+02:00',
  what: 'Styrgruppen ändrar planen',
  minutesReference: 'styrgruppen 2025-05-14 § 3',
});

export const drafted: PlanEvent<'PlanDrafted'> = {
  type: 'PlanDrafted',
  data: {
    year: YEAR,
    title: 'Plan för aktiv samverkan 2025',
    diaryNumbers: { av: '2025/005661', fk: '2025/002400' },
  },
};

export function added(activity: PlanActivity): PlanEvent<'ActivityAdded'> {
  return { type: 'ActivityAdded', data: { year: YEAR, activity } };
}

export function progressed(activityId: string, status: 'IN_PROGRESS' | 'DONE'): PlanEvent<'ActivityProgressRecorded'> {
  return { type: 'ActivityProgressRecorded', data: { year: YEAR, activityId, status, note: 'Rapporterat' } };
}

export function recordProgress(
  status: 'IN_PROGRESS' | 'DONE',
  note: string,
  activityId = tipRoutines.activityId,
): PlanCommand<'RecordActivityProgress'> {
  return commandOf('RecordActivityProgress', { year: YEAR, activityId, status, note });
}

export function cancelled(activityId: string, by = amendmentDecision): PlanEvent<'PlanAmended'> {
  return {
    type: 'PlanAmended',
    data: {
      year: YEAR,
      decision: by,
      amendment: { kind: 'CANCEL_ACTIVITY', activityId, reason: 'Ersätts av annan insats' },
    },
  };
}

export const closingDecision = decision({
  decisionId: 'SG-2025-12',
  decidedAt: '2025-06-02T09:00:00+02:00',
  what: 'Styrgruppen avslutar planen',
  minutesReference: 'styrgruppen 2025-06-02 § 5',
});

/** The two activities of `aDraft`, in the order they were added. */
export const draftActivityIds = [tipRoutines.activityId, webinar.activityId];

export const planSubmitted: PlanEvent<'PlanSubmitted'> = {
  type: 'PlanSubmitted',
  data: { year: YEAR, activityIds: draftActivityIds },
};
export const planAdopted: PlanEvent<'PlanAdopted'> = {
  type: 'PlanAdopted',
  data: { year: YEAR, decision: adoption, activityIds: draftActivityIds },
};
export const planFollowedUp: PlanEvent<'PlanFollowedUp'> = {
  type: 'PlanFollowedUp',
  data: { year: YEAR, decision: followUpDecision, summary: 'Rutinerna är reviderade', indicatorResults: [] },
};
export const planClosed: PlanEvent<'PlanClosed'> = {
  type: 'PlanClosed',
  data: { year: YEAR, decision: closingDecision },
};

export const aDraft: PlanEvent[] = [drafted, added(tipRoutines), added(webinar)];
export const submitted: PlanEvent[] = [...aDraft, planSubmitted];
export const adopted: PlanEvent[] = [...submitted, planAdopted];
export const followedUp: PlanEvent[] = [...adopted, planFollowedUp];
/** Followed up, with one activity done and the other cancelled. */
export const closeable: PlanEvent[] = [
  ...followedUp,
  progressed(tipRoutines.activityId, 'DONE'),
  cancelled(webinar.activityId),
];
export const closed: PlanEvent[] = [...closeable, planClosed];

export const addWebinar: PlanCommand = commandOf('AddActivity', { year: YEAR, activity: webinar });
export const cancelWebinar: PlanCommand = commandOf(
  'AmendPlan',
  {
    year: YEAR,
    decision: decision({ decisionId: 'SG-2025-11' }),
    amendment: { kind: 'CANCEL_ACTIVITY', activityId: webinar.activityId },
  },
  'Ersätts av den breda kommunikationsinsatsen',
);
