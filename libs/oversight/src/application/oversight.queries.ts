import { Query } from '@nestjs/cqrs';
import { readModelQueryHandler } from '@samverkan/core';
import { IsoDate } from '../domain';
import { ObligationView } from '../read-model/obligations';
import { openObligations, yearSources } from '../read-model/oversight.queries';
import { Expectation, planVersusActual } from '../read-model/plan-versus-actual';

/** Every open obligation as of `today` (a Stockholm date), soonest due first. */
export class OpenObligationsQuery extends Query<ObligationView[]> {
  constructor(readonly today: IsoDate) {
    super();
  }
}

export class PlanVersusActualQuery extends Query<Expectation[]> {
  constructor(
    readonly year: number,
    readonly today: IsoDate,
  ) {
    super();
  }
}

export const oversightQueryHandlers = [
  readModelQueryHandler(OpenObligationsQuery, ({ today }, { db, env }) =>
    openObligations(db, { tipOutcomeDueDays: env.TIP_OUTCOME_DUE_DAYS }, today),
  ),
  readModelQueryHandler(PlanVersusActualQuery, ({ year, today }, { db }) =>
    planVersusActual(year, today, yearSources(db, year)),
  ),
];
