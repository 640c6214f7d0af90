import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ENVIRONMENT, Environment, ReadModelDb } from '@samverkan/core';
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

@QueryHandler(OpenObligationsQuery)
export class OpenObligationsHandler implements IQueryHandler<OpenObligationsQuery, ObligationView[]> {
  constructor(
    private readonly readModels: ReadModelDb,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute({ today }: OpenObligationsQuery): Promise<ObligationView[]> {
    return openObligations(this.readModels.db, { tipOutcomeDueDays: this.env.TIP_OUTCOME_DUE_DAYS }, today);
  }
}

@QueryHandler(PlanVersusActualQuery)
export class PlanVersusActualHandler implements IQueryHandler<PlanVersusActualQuery, Expectation[]> {
  constructor(private readonly readModels: ReadModelDb) {}

  async execute({ year, today }: PlanVersusActualQuery): Promise<Expectation[]> {
    return planVersusActual(year, today, yearSources(this.readModels.db, year));
  }
}

export const oversightQueryHandlers = [OpenObligationsHandler, PlanVersusActualHandler];
