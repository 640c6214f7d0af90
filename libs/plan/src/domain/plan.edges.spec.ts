import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, without, withoutReason } from '@samverkan/core/testing/edges';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import { DecisionMember, PlanActivity, SteeringGroupDecision } from './plan.model';
import {
  added,
  aDraft,
  broadCampaign,
  commandOf,
  decision,
  draftActivityIds,
  spec,
  submitted,
  YEAR,
} from './testing/plan.fixtures';

/** The plan's limits, each from both sides; now is 3 June 2025, 10:00 UTC (12:00 in Stockholm). */

const draft = (year: number): PlanCommand<'DraftPlan'> =>
  commandOf('DraftPlan', { year, title: `Plan för aktiv samverkan ${year}`, diaryNumbers: {} });
const drafted = (year: number): PlanEvent => ({
  type: 'PlanDrafted',
  data: { year, title: `Plan för aktiv samverkan ${year}`, diaryNumbers: {} },
});
const add = (activity: PlanActivity): PlanCommand => commandOf('AddActivity', { year: YEAR, activity });
const dueOn = (dueDate: string): PlanActivity => ({ ...broadCampaign, dueDate });
const adopt = (overrides: Partial<SteeringGroupDecision>, reason = 'Planen är förankrad'): PlanCommand =>
  commandOf('AdoptPlan', { year: YEAR, decision: decision(overrides) }, reason);
const adoptedBy = (overrides: Partial<SteeringGroupDecision>): PlanEvent => ({
  type: 'PlanAdopted',
  data: { year: YEAR, decision: decision(overrides), activityIds: draftActivityIds },
});

const onDraft = edgeOf(draft, drafted);
const onAdd = edgeOf(add, added, aDraft);
const onAdopt = edgeOf(adopt, adoptedBy, submitted);
const edges: Edge<PlanCommand, PlanEvent>[] = [
  onDraft('a plan is for the year 2000 at the earliest', [2000], [1999], 'INVALID_PLAN_YEAR'),
  onDraft('a plan is for the year 2100 at the latest', [2100], [2101], 'INVALID_PLAN_YEAR'),
  onAdd(
    'an activity is due on the first day of the plan year at the earliest',
    [dueOn(`${YEAR}-01-01`)],
    [dueOn(`${YEAR - 1}-12-31`)],
    'DUE_DATE_BEFORE_PLAN_YEAR',
  ),
  onAdopt(
    'a decision is taken now at the latest',
    [{ decidedAt: '2025-06-03T10:00:00Z' }],
    [{ decidedAt: '2025-06-03T10:00:01Z' }],
    'DECISION_IN_FUTURE',
  ),
  onAdopt(
    'a decision taken at noon in Stockholm is now, a second later is not',
    [{ decidedAt: '2025-06-03T12:00:00+02:00' }],
    [{ decidedAt: '2025-06-03T12:00:01+02:00' }],
    'DECISION_IN_FUTURE',
  ),
];

describe('The plan’s limits, from both sides', () => {
  describeEdges(spec, edges);

  it('drafts a plan whose diary numbers are left out entirely, with none', () => {
    spec
      .given([])
      .when(without(draft(YEAR), 'diaryNumbers'))
      .then([drafted(YEAR)]);
  });

  it('adds an activity whose optional region and indicators are left out entirely', () => {
    const { indicators: _left, ...activity } = broadCampaign;
    expect(activity).not.toHaveProperty('region');
    spec
      .given(aDraft)
      .when(add(activity as PlanActivity))
      .then([added(activity as PlanActivity)]);
  });

  it('refuses a draft whose title is left out entirely', () => {
    spec
      .given([])
      .when(without(draft(YEAR), 'title'))
      .thenThrows('PLAN_TITLE_REQUIRED', { details: { year: YEAR } });
  });

  it.each([
    ['activityId', 'ACTIVITY_ID_REQUIRED'],
    ['title', 'ACTIVITY_TITLE_REQUIRED'],
    ['dueDate', 'INVALID_DUE_DATE'],
  ])('refuses an activity whose %s is left out entirely', (field, code) => {
    const activity = { ...broadCampaign, activityId: 'utan-falt' };
    delete (activity as Partial<PlanActivity>)[field as keyof PlanActivity];
    spec.given(aDraft).when(add(activity)).thenThrows(code);
  });

  it('refuses an activity with an indicator that is missing altogether', () => {
    const activity = { ...broadCampaign, indicators: [null as unknown as string] };
    spec
      .given(aDraft)
      .when(add(activity))
      .thenThrows('INVALID_INDICATOR', { details: { activityId: broadCampaign.activityId, indicator: null } });
  });

  it.each([
    ['decisionId', 'DECISION_ID_REQUIRED'],
    ['decidedBy', 'DECISION_WITHOUT_MEMBERS'],
    ['what', 'DECISION_WHAT_REQUIRED'],
    ['minutesReference', 'MINUTES_REFERENCE_REQUIRED'],
    ['decidedAt', 'INVALID_DECISION_TIME'],
  ])('refuses a decision whose %s is left out entirely', (field, code) => {
    const leftOut = decision();
    delete (leftOut as Partial<SteeringGroupDecision>)[field as keyof SteeringGroupDecision];
    spec
      .given(submitted)
      .when(commandOf('AdoptPlan', { year: YEAR, decision: leftOut }, 'Planen är förankrad'))
      .thenThrows(code);
  });

  it.each([
    ['a member missing altogether', null],
    ['a member whose person id is left out', { organisation: 'FK' }],
    ['a member whose organisation is left out', { personId: 'person-fk-9' }],
  ])('refuses %s, naming its place in the list', (_, member) => {
    const decidedBy = [{ personId: 'person-av-1', organisation: 'AV' }, member as DecisionMember];
    spec
      .given(submitted)
      .when(adopt({ decidedBy }))
      .thenThrows('INVALID_DECISION_MEMBER', { details: { decisionId: 'SG-2025-03', index: 1 } });
  });

  it('refuses a decision whose reason is only spaces, or is left out entirely', () => {
    spec.given(submitted).when(adopt({}, ' \t\n ')).thenThrows('REASON_REQUIRED');
    spec
      .given(submitted)
      .when(withoutReason(adopt({})))
      .thenThrows('REASON_REQUIRED');
  });
});
