import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge } from '@samverkan/core/testing/edges';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import { PlanActivity, SteeringGroupDecision } from './plan.model';
import {
  aDraft,
  added,
  broadCampaign,
  decision,
  draftActivityIds,
  metadata,
  spec,
  submitted,
  YEAR,
} from './testing/plan.fixtures';

/** The plan's limits, each from both sides; now is 3 June 2025, 10:00 UTC (12:00 in Stockholm). */

const draft = (year: number): PlanCommand<'DraftPlan'> => ({
  type: 'DraftPlan',
  data: { year, title: `Plan för aktiv samverkan ${year}`, diaryNumbers: {} },
  metadata,
});
const drafted = (year: number): PlanEvent => ({
  type: 'PlanDrafted',
  data: { year, title: `Plan för aktiv samverkan ${year}`, diaryNumbers: {} },
});
const add = (activity: PlanActivity): PlanCommand => ({
  type: 'AddActivity',
  data: { year: YEAR, activity },
  metadata,
});
const dueOn = (dueDate: string): PlanActivity => ({ ...broadCampaign, dueDate });
const adopt = (overrides: Partial<SteeringGroupDecision>, reason = 'Planen är förankrad'): PlanCommand => ({
  type: 'AdoptPlan',
  data: { year: YEAR, decision: decision(overrides) },
  metadata,
  reason,
});
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
    const { diaryNumbers: _left, ...data } = draft(YEAR).data;
    spec
      .given([])
      .when({ ...draft(YEAR), data: data as PlanCommand<'DraftPlan'>['data'] })
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

  it('refuses a decision whose reason is only spaces, or is left out entirely', () => {
    spec.given(submitted).when(adopt({}, ' \t\n ')).thenThrows('REASON_REQUIRED');
    const { reason: _left, ...withoutReason } = adopt({}) as PlanCommand & { reason?: string };
    spec
      .given(submitted)
      .when(withoutReason as PlanCommand)
      .thenThrows('REASON_REQUIRED');
  });
});
