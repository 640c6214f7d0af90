import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { ALL_ROLES, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, ENVIRONMENT, Environment, InputValidationError } from '@samverkan/core';
import { TipFunnelQuery, TipFunnelYearsQuery } from '../application';
import { FunnelGrouping } from '../read-model/tips.funnel';
import { FunnelGroupingEnum } from './tips.enums';
import { toDashboardTipFunnel } from './tips.dashboard';
import { toTipFunnel } from './tips.mapping';
import { TipFunnelType } from './tips.types';

/** The headline figure the steering group follows: impulses → tips → what AV did, per year. */
@Resolver(() => TipFunnelType)
export class FunnelResolver {
  constructor(
    private readonly queries: QueryBus,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Query(() => TipFunnelType, {
    description: 'Impulses reported and tips sent in a year, and what AV did with them, overall and per group.',
  })
  @Roles(...ALL_ROLES)
  async tipFunnel(
    @Args('year', { type: () => Int }) year: number,
    @Args('groupBy', { type: () => FunnelGroupingEnum }) groupBy: FunnelGrouping,
    @CurrentActor() actor: Actor,
  ): Promise<TipFunnelType> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new InputValidationError([{ field: 'year', messages: ['year must be between 2000 and 2100'] }]);
    }
    const cellsOf = (grouping: FunnelGrouping) => this.queries.execute(new TipFunnelQuery(year, grouping));
    if (actor.role !== Role.DASHBOARD)
      return toTipFunnel(year, groupBy, await cellsOf(groupBy), { regions: this.env.REGIONS });
    // Every grouping shares the total, so the dashboard's suppression is decided with all of them in view.
    const all = {
      REGION: await cellsOf('REGION'),
      INDUSTRY: await cellsOf('INDUSTRY'),
      QUARTER: await cellsOf('QUARTER'),
    };
    return toDashboardTipFunnel(year, groupBy, all, this.env.REGIONS);
  }

  @Query(() => [Int], {
    description: 'The years the tip funnel has figures for (an impulse reported or a tip sent), ascending.',
  })
  @Roles(...ALL_ROLES)
  async tipFunnelYears(): Promise<number[]> {
    return this.queries.execute(new TipFunnelYearsQuery());
  }

  @Query(() => [String], { description: 'The regions impulses and forums are placed in.' })
  @Roles(...ALL_ROLES)
  regions(): string[] {
    return this.env.REGIONS;
  }
}
