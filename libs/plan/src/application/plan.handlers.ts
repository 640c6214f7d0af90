import { Query } from '@nestjs/cqrs';
import { ByKeyQuery, readDocument, readModelQueryHandler } from '@samverkan/core';
import { PLAN_VIEW_TABLE } from '../read-model/plan.projection';
import { PlanView } from '../read-model/plan-view';

export interface StoredPlanView {
  view: PlanView;
  revision: number;
}

export class GetPlanQuery extends ByKeyQuery<number, StoredPlanView | null> {}

/** Up to first+1 plans by year, so the caller can tell whether there is a next page. */
export class ListPlansQuery extends Query<StoredPlanView[]> {
  constructor(
    readonly first: number,
    readonly afterYear: number | null,
  ) {
    super();
  }
}

export const planHandlers = [
  readModelQueryHandler(GetPlanQuery, ({ key: year }, { db }) => {
    const row = readDocument<PlanView>(db, PLAN_VIEW_TABLE, String(year));
    return row ? { view: row.doc, revision: row.revision } : null;
  }),
  readModelQueryHandler(ListPlansQuery, ({ first, afterYear }, { db }) => {
    const rows = db
      .prepare(
        `SELECT revision, doc FROM ${PLAN_VIEW_TABLE} WHERE CAST(id AS INTEGER) > ? ORDER BY CAST(id AS INTEGER) LIMIT ?`,
      )
      .all(afterYear ?? -1, first + 1) as { revision: number; doc: string }[];
    return rows.map((r) => ({ view: JSON.parse(r.doc) as PlanView, revision: r.revision }));
  }),
];
