import { documentProjection } from '@samverkan/core';
import { PlanEvent } from '../domain';
import { evolvePlanView } from './plan-view';

export const PLAN_VIEW_TABLE = 'plan_view';

/** One document per plan year. */
export const planProjection = documentProjection({
  name: 'plan.plans',
  version: 1,
  table: PLAN_VIEW_TABLE,
  categories: ['plan'],
  keyOf: (event) => String((event.data as PlanEvent['data']).year),
  evolve: evolvePlanView,
});
