import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { ContentAccess, ContentOf, CurrentActor, DashboardQuery, Role, Roles } from '@samverkan/auth';
import { Actor, Connection, decodeCursor, InputValidationError, toConnection } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import { OpenObligationsQuery, PlanVersusActualQuery } from '../application';
import { cursorKey, isAfter, matches, ObligationView } from '../read-model/obligations';
import { ObligationsArgs } from './oversight.inputs';
import { toObligationCounts, toObligationType, toPlanVersusActual } from './oversight.mapping';
import { ObligationConnection, ObligationCountsType, ObligationType, PlanVersusActualType } from './oversight.types';

/** Those who follow up, and those who own the work: the steering group, auditors, officers, inspectors, coordinators. */
const OBLIGATION_READERS = [
  Role.STEERING_GROUP,
  Role.AUDITOR,
  Role.COLLABORATION_OFFICER,
  Role.AV_INSPECTOR,
  Role.FORUM_COORDINATOR,
];

const PLAN_ACTIVITY_LABEL = 'En aktivitet i samverkansplanen';

/** The steering group's follow-up: what is owed and late, and the year's plan against what happened. */
@Resolver()
export class OversightResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly access: ContentAccess,
  ) {}

  @Query(() => ObligationConnection, {
    description: 'Every open obligation, soonest due first, with whether it is overdue today (Stockholm).',
  })
  @Roles(...OBLIGATION_READERS)
  @ContentOf('obligation')
  async obligations(
    @Args() { first, after, filter = {} }: ObligationsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<ObligationType>> {
    const key = after === undefined || after === null ? null : decodeCursor(after);
    if (key !== null && !/^\d{4}-\d{2}-\d{2}\|/.test(key)) {
      throw new InputValidationError([{ field: 'after', messages: ['after is not a cursor of this list'] }]);
    }
    const all = await this.open();
    const rows = all.filter((o) => matches(o, filter) && (key === null || isAfter(o, key))).slice(0, first + 1);
    return toConnection(rows, first, cursorKey, (o) =>
      toObligationType(o, this.access.mayRead(actor.role, o.sourceStream)),
    );
  }

  @DashboardQuery(
    () => ObligationCountsType,
    'Open and overdue obligations per module and owner (small counts suppressed for DASHBOARD).',
    OBLIGATION_READERS,
  )
  async obligationCounts(@CurrentActor() actor: Actor): Promise<ObligationCountsType> {
    const today = stockholmDate(new Date());
    return toObligationCounts(await this.open(today), today, actor.role === Role.DASHBOARD);
  }

  @DashboardQuery(
    () => PlanVersusActualType,
    "Each expectation of the year (forum and knowledge group meetings per term, campaign windows, the adopted plan's activity due dates) and how it stands today.",
  )
  async planVersusActual(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
  ): Promise<PlanVersusActualType> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new InputValidationError([{ field: 'year', messages: ['year must be between 2000 and 2100'] }]);
    }
    const today = stockholmDate(new Date());
    const expectations = await this.queries.execute(new PlanVersusActualQuery(year, today));
    // Forum, group and campaign names label the groups counted; an activity's title is the plan's own text.
    const labelled = expectations.map((e) =>
      e.kind === 'PLAN_ACTIVITY' && !this.access.mayRead(actor.role, e.sourceStream)
        ? { ...e, subject: PLAN_ACTIVITY_LABEL }
        : e,
    );
    return toPlanVersusActual(year, today, labelled);
  }

  private open(today = stockholmDate(new Date())): Promise<ObligationView[]> {
    return this.queries.execute(new OpenObligationsQuery(today));
  }
}
