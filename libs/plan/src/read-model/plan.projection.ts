import { documentProjection, EventCatalog, Projection } from '@samverkan/core';
import { PlanEvent } from '../domain';
import { evolvePlanView, PlanView } from './plan-view';

export const PLAN_VIEW_TABLE = 'plan_view';

/** One document per plan year, dated by the catalog's world time. */
export function planProjection(catalog: EventCatalog): Projection {
  return documentProjection<PlanView>({
    name: 'plan.plans',
    // 2: dated by EventCatalog.occurredAt (older decisions by their decidedAt), updatedAt never moves back.
    version: 2,
    table: PLAN_VIEW_TABLE,
    categories: ['plan'],
    keyOf: (event) => String((event.data as PlanEvent['data']).year),
    evolve: (view, event) => evolvePlanView(view, event, catalog),
  });
}
