import { Inject } from '@nestjs/common';
import { Args, Query } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentOf, Role, Roles } from '@samverkan/auth';
import {
  CommandInput,
  CommandPipeline,
  decisionOf,
  Environment,
  ENVIRONMENT,
  EVENT_STORE,
  EventCatalog,
  PersonDirectory,
  Sender,
  sentPayload,
} from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import type { CitedEvent } from '../esf/trail-events';
import { compareWithSeal } from '../sealing/esf-amendments';
import { EsfReadModel } from '../esf/esf-reading';
import { listSeals, SealView, sealView } from '../sealing/esf-seals';
import { sealEndpoint, SealRequest } from '../sealing/seal.endpoint';
import { ComparedAmendments, SEAL } from './seal-checks.resolver';
import {
  EsfAmendmentsArgs,
  EsfReportAmendments,
  EsfSeal,
  SealEsfReportInput,
  SealEsfReportPayload,
} from './sealing.types';

const SEALERS = [Role.STEERING_GROUP, Role.AUDITOR];

export function sealType(s: SealView): EsfSeal {
  return { ...s, position: s.position.toString(), sealPosition: s.sealPosition.toString() };
}

@CommandResolver(() => SealEsfReportPayload, SEALERS)
export class SealingResolver {
  private readonly endpoint: ReturnType<typeof sealEndpoint>;

  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly esf: EsfReadModel,
  ) {
    this.endpoint = sealEndpoint(this.deps);
  }

  private get deps() {
    return { store: this.store, catalog: this.catalog, persons: this.persons };
  }

  @CommandMutation(
    'Seals the ESF report for a period (a decision): the fingerprint of its rows, the store position and the integrity root there.',
  )
  sealEsfReport(input: SealEsfReportInput): SealRequest {
    return decisionOf('SealEsfReport', input, 'from', 'to');
  }

  async send(request: SealRequest, sender: Sender, input: CommandInput): Promise<SealEsfReportPayload> {
    const sent = await this.pipeline.send(this.endpoint, request, sender, input);
    const [event] = await this.store.readStream(sent.stream, { maxCount: 1 });
    return { ...sentPayload(sent), seal: event ? sealType(sealView(this.deps, event)) : null };
  }

  @Query(() => [EsfSeal], { description: 'Every sealed ESF report, in the order they were sealed.' })
  @Roles(...SEALERS)
  @ContentOf('esfSeal')
  async esfSeals(): Promise<EsfSeal[]> {
    return (await listSeals(this.deps)).map(sealType);
  }

  @Query(() => EsfReportAmendments, {
    description:
      'What differs in a sealed report now, row by row, each difference citing the events after the sealed position that caused it.',
  })
  @Roles(...SEALERS)
  async esfReportAmendments(@Args() args: EsfAmendmentsArgs): Promise<ComparedAmendments> {
    const a = await compareWithSeal({ ...this.deps, lateEntryDays: this.env.LATE_ENTRY_DAYS }, args.sealId, () =>
      this.esf.reading(),
    );
    const cited = (c: CitedEvent) => ({ ...c, position: c.position.toString() });
    return {
      [SEAL]: a.seal,
      seal: sealType(a.seal),
      position: a.position?.toString() ?? null,
      amendments: a.amendments.map((row) => ({ ...row, causes: row.causes.map(cited) })),
      recordedAfterSeal: a.recordedAfterSeal.map(cited),
    };
  }
}
