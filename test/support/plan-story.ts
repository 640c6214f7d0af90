import { TestApp } from './test-app';
import {
  ADD_ACTIVITY,
  ADOPT,
  AMEND,
  communicationActivity,
  decision,
  DRAFT,
  draft2025,
  PROGRESS,
  SUBMIT,
  tipRoutineActivity,
} from './plan-fixtures';

/** Drafts, fills, submits, adopts, amends and progresses the 2025 plan; fails on any error. */
export async function runPlanStory(t: TestApp, year = 2025): Promise<void> {
  const SG = 'STEERING_GROUP';
  const steps: [string, Record<string, unknown>][] = [
    [DRAFT, { ...draft2025, year }],
    [ADD_ACTIVITY, { year, activity: { ...tipRoutineActivity, dueDate: `${year}-12-31` } }],
    [ADD_ACTIVITY, { year, activity: { ...communicationActivity, dueDate: `${year}-11-30` } }],
    [SUBMIT, { year }],
    [ADOPT, { year, decision: decision(`SG-${year}-01`, 'Planen antas'), reason: 'Förankrad' }],
    [
      AMEND,
      {
        year,
        decision: decision(`SG-${year}-02`, 'Utgår'),
        reason: 'Görs inom Momentum',
        cancelActivityId: 'komm-2025',
      },
    ],
    [PROGRESS, { year, activityId: 'tips-2025', status: 'DONE', note: '25 tips' }],
  ];
  for (const [query, input] of steps) {
    const res = await t.gql(SG, query, { input });
    if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  }
}
