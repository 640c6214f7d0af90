import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { readDocument, ReadModelDb } from '@samverkan/core';
import { PLAN_VIEW_TABLE } from '../read-model/plan.projection';
import { PlanView } from '../read-model/plan-view';

export interface StoredPlanView {
  view: PlanView;
  revision: number;
}

export class GetPlanQuery extends Query<StoredPlanView | null> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(GetPlanQuery)
export class GetPlanQueryHandler implements IQueryHandler<GetPlanQuery, StoredPlanView | null> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}

  async execute({ year }: GetPlanQuery): Promise<StoredPlanView | null> {
    const row = readDocument<PlanView>(this.readModels.db, PLAN_VIEW_TABLE, String(year));
    return row ? { view: row.doc, revision: row.revision } : null;
  }
}

export class ListPlansQuery extends Query<StoredPlanView[]> {
  constructor(
    readonly first: number,
    readonly afterYear: number | null,
  ) {
    super();
  }
}

@QueryHandler(ListPlansQuery)
export class ListPlansQueryHandler implements IQueryHandler<ListPlansQuery, StoredPlanView[]> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}

  /** Returns up to first+1 plans by year, so the caller can tell whether there is a next page. */
  async execute({ first, afterYear }: ListPlansQuery): Promise<StoredPlanView[]> {
    const rows = this.readModels.db
      .prepare(
        `SELECT revision, doc FROM ${PLAN_VIEW_TABLE} WHERE CAST(id AS INTEGER) > ? ORDER BY CAST(id AS INTEGER) LIMIT ?`,
      )
      .all(afterYear ?? -1, first + 1) as { revision: number; doc: string }[];
    return rows.map((r) => ({ view: JSON.parse(r.doc) as PlanView, revision: r.revision }));
  }
}

export const planHandlers = [GetPlanQueryHandler, ListPlansQueryHandler];
