import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@samverkan/auth';
import { InputValidationError } from '@samverkan/core';
import { esfReportView } from '../esf/esf-export';
import { esfReportFromReadModel } from '../esf/esf-read-model';
import { EsfReadModel } from '../esf/esf-reading';
import { EsfReportArgs, EsfReportType } from './esf-report.types';

@Resolver()
export class EsfReportResolver {
  constructor(private readonly esf: EsfReadModel) {}

  @Query(() => EsfReportType, {
    description: "Momentum's activities, participants and decisions in a period, each traceable to its events.",
  })
  @Roles(Role.AUDITOR, Role.STEERING_GROUP)
  esfReport(@Args() args: EsfReportArgs): EsfReportType {
    if (args.from > args.to)
      throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
    const report = esfReportFromReadModel(this.esf.reading(), { from: args.from, to: args.to });
    return esfReportView(report) as EsfReportType;
  }
}
