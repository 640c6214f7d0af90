import { EventCatalog, readDocument } from '@samverkan/core';
import { projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { planModuleEvents, planStream } from '../domain';
import { aDraft, planAdopted, planSubmitted, tipRoutines, webinar, YEAR } from '../domain/testing/plan.fixtures';
import { PLAN_VIEW_TABLE, planProjection } from './plan.projection';
import { PlanView } from './plan-view';

const catalog = new EventCatalog();
catalog.register(planModuleEvents);
const spec = projectionSpecification(planProjection(catalog), [planModuleEvents]);
const onPlan = (events: typeof aDraft) => events.map((e) => ({ ...e, stream: planStream(YEAR) }));
const view = (db: Parameters<typeof readDocument>[0]) => {
  const row = readDocument<PlanView>(db, PLAN_VIEW_TABLE, String(YEAR));
  return (
    row && { revision: row.revision, status: row.doc.status, activities: row.doc.activities.map((a) => a.activityId) }
  );
};

describe('The plan view projection', () => {
  it('keeps one document per year with the revision it saw, unchanged when the events come again', () =>
    spec
      .given(onPlan(aDraft))
      .then(view, { revision: 2, status: 'DRAFT', activities: [tipRoutines.activityId, webinar.activityId] }));

  it('shows an adopted plan as adopted', () =>
    spec
      .given(onPlan([...aDraft, planSubmitted, planAdopted]))
      .then(view, { revision: 4, status: 'ADOPTED', activities: [tipRoutines.activityId, webinar.activityId] }));

  it('has no document for a year nothing happened in', () => spec.given([]).then(view, null));
});
