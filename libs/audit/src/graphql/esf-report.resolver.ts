import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@samverkan/auth';
import { EVENT_STORE, EventCatalog, InputValidationError, PersonDirectory } from '@samverkan/core';
import { RoleCounts } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
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
    return {
      from: args.from,
      to: args.to,
      position: report.position?.toString() ?? null,
      activities: report.activities.map((a) => ({
        ...a,
        organisations: a.organisations.map((o) => ({
          ...o,
          participants: o.participants ? counts(o.participants) : null,
        })),
        participants: { ...counts(a.participants), named: a.participants.named, total: a.participants.total },
        sources: a.sources.map(String),
      })),
      decisions: report.decisions.map((d) => ({ ...d, position: d.position.toString() })),
      activitiesByDeliverable: Object.entries(report.totals.activities).map(([deliverable, activities]) => ({
        deliverable,
        activities,
      })),
      participants: {
        ...counts(report.totals.participants),
        named: report.totals.participants.named,
        total: report.totals.participants.total,
      },
    };
  }
}

function counts(c: RoleCounts) {
  return { managers: c.MANAGER, hr: c.HR, other: c.OTHER };
}
