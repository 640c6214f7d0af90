import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, without, withoutReason } from '@samverkan/core/testing/edges';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import { PlanActivity, SteeringGroupDecision } from './plan.model';
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

  it('refuses a decision whose reason is only spaces, or is left out entirely', () => {
    spec.given(submitted).when(adopt({}, ' \t\n ')).thenThrows('REASON_REQUIRED');
    spec
      .given(submitted)
      .when(withoutReason(adopt({})))
      .thenThrows('REASON_REQUIRED');
  });
});
