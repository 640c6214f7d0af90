import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@samverkan/auth';
import { EVENT_STORE, EventCatalog, InputValidationError, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { esfReportView } from '../esf/esf-export';
import { buildEsfReport } from '../esf/esf-report';
import { EsfReportArgs, EsfReportType } from './esf-report.types';

@Resolver()
export class EsfReportResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => EsfReportType, {
    description: "Momentum's activities, participants and decisions in a period, each traceable to its events.",
  })
  @Roles(Role.AUDITOR, Role.STEERING_GROUP)
  async esfReport(@Args() args: EsfReportArgs): Promise<EsfReportType> {
    if (args.from > args.to)
      throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
    const report = await buildEsfReport(
      { store: this.store, catalog: this.catalog, persons: this.persons },
      { from: args.from, to: args.to },
    );
    return esfReportView(report) as EsfReportType;
  }
}
