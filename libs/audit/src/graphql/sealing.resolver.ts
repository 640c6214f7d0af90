import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, CommandResult, commandContext, ENVIRONMENT, Environment, EVENT_STORE, EventCatalog, InputValidationError, payloadFields, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import type { CitedEvent } from '../esf/trail-events';
import { esfAmendments } from '../sealing/esf-amendments';
import { listSeals, SealView, sealView } from '../sealing/esf-seals';
import { SealEsfReportCommand } from '../sealing/seal-esf-report.handler';
import { EsfAmendmentsArgs, EsfReportAmendments, EsfSeal, SealEsfReportInput, SealEsfReportPayload } from './sealing.types';

const SEALERS = [Role.STEERING_GROUP, Role.AUDITOR];

export function sealType(s: SealView): EsfSeal {
  return { ...s, position: s.position.toString(), sealPosition: s.sealPosition.toString() };
}

@Resolver()
export class SealingResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  private get deps() {
    return { store: this.store, catalog: this.catalog, persons: this.persons };
  }

  @Mutation(() => SealEsfReportPayload, {
    description: 'Seals the ESF report for a period (a decision): the fingerprint of its rows, the store position and the integrity root there.',
  })
  @Roles(...SEALERS)
  async sealEsfReport(
    @Args('input') input: SealEsfReportInput,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<SealEsfReportPayload> {
    if (input.from > input.to) throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
    const context = commandContext(actor, correlationId, input);
    const result = await this.commandBus.execute<SealEsfReportCommand, CommandResult>(
      new SealEsfReportCommand(input.from, input.to, input.reason, new Date(), context),
    );
    const [event] = await this.store.readStream(result.stream, { maxCount: 1 });
    return { ...payloadFields(result, context), seal: event ? sealType(sealView(this.deps, event)) : null };
  }

  @Query(() => [EsfSeal], { description: 'Every sealed ESF report, in the order they were sealed.' })
  @Roles(...SEALERS)
  @ContentOf('esfSeal')
  async esfSeals(): Promise<EsfSeal[]> {
    return (await listSeals(this.deps)).map(sealType);
  }

  @Query(() => EsfReportAmendments, {
    description: 'What differs in a sealed report now, row by row, each difference citing the events after the sealed position that caused it.',
  })
  @Roles(...SEALERS)
  async esfReportAmendments(@Args() args: EsfAmendmentsArgs): Promise<EsfReportAmendments> {
    const a = await esfAmendments({ ...this.deps, lateEntryDays: this.env.LATE_ENTRY_DAYS }, args.sealId);
    const cited = (c: CitedEvent) => ({ ...c, position: c.position.toString() });
    return {
      ...a,
      seal: sealType(a.seal),
      position: a.position?.toString() ?? null,
      amendments: a.amendments.map((row) => ({ ...row, causes: row.causes.map(cited) })),
      recordedAfterSeal: a.recordedAfterSeal.map(cited),
    };
  }
}
