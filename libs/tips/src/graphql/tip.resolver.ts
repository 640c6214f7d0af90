import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ContentAccess, ContentOf, CorrelationId, CurrentActor, Role, Roles, ShowsContentOf } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, InputValidationError, normalisedOrganisationNumber, NotFoundError,
  payloadFields, PersonDirectory, toConnection,
} from '@samverkan/core';
import { ChangeTipImpulsesCommand, CompileTipCommand, GetImpulsesQuery, GetTipQuery, ListTipsQuery, RunTipCommand } from '../application';
import { TipCommand, stockholmDate } from '../domain';
import { ImpulseRow, TipRow } from '../read-model/tips.tables';
import { beforeCursor } from './cursor';
import {
  CompileTipInput, RecordTipOutcomeInput, RecordTipReceiptInput, SendTipInput, TipsArgs, TipImpulseInput,
} from './tips.inputs';
import { toImpulseType, toTipType } from './tips.mapping';
import { ImpulseType, TipConnection, TipPayload, TipType } from './tips.types';

export const TIP_READERS = [Role.COLLABORATION_OFFICER, Role.AV_INSPECTOR, Role.AUDITOR];

/** Collaboration officers compile and send tips; AV inspectors record receipt and outcomes. */
@Resolver(() => TipType)
export class TipResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
    private readonly access: ContentAccess,
  ) {}

  @Query(() => TipConnection, { description: 'Tips, newest first. AV sees the ones sent to it.' })
  @Roles(...TIP_READERS)
  @ContentOf('tip')
  async tips(
    @Args() { first, after, filter = {} }: TipsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<TipType>> {
    const query = new ListTipsQuery(
      {
        status: filter.status,
        sentOnly: actor.role === Role.AV_INSPECTOR,
        region: filter.region,
        industry: filter.industry,
        organisationNumber: filter.organisationNumber && normalisedOrganisationNumber(filter.organisationNumber),
        sentFrom: filter.from,
        sentTo: filter.to,
      },
      beforeCursor(after),
      first + 1,
    );
    const rows = await this.queries.execute<ListTipsQuery, TipRow[]>(query);
    return toConnection(rows, first, (r) => r.position, (r) => toTipType(r, this.persons));
  }

  @Query(() => TipType, { description: 'One tip with its impulses and what AV recorded.' })
  @Roles(...TIP_READERS)
  @ContentOf('tip')
  async tip(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<TipType> {
    return toTipType(await this.row(id, actor), this.persons);
  }

  @ResolveField(() => [ImpulseType], { description: 'For those who may read impulses; others see impulseIds.' })
  @ShowsContentOf('impulse')
  async impulses(@Parent() tip: TipType, @CurrentActor() actor: Actor): Promise<ImpulseType[]> {
    // One rule for impulses, whatever the view: AV reads the tip, not the impulses behind it.
    this.access.assertMayRead(actor.role, 'impulse');
    const rows = await this.queries.execute<GetImpulsesQuery, ImpulseRow[]>(new GetImpulsesQuery(tip.impulseIds));
    return rows.map((row) => toImpulseType(row, this.persons));
  }

  @Mutation(() => TipPayload, { description: 'Bundles open impulses about one employer into a new tip.' })
  @Roles(Role.COLLABORATION_OFFICER)
  async compileTip(@Args('input') input: CompileTipInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const result = await this.commands.execute<CompileTipCommand, CommandResult>(
      new CompileTipCommand(input.impulseIds, input.summary, new Date(), context),
    );
    return this.payload(result, context, result.stream.slice('tip-'.length));
  }

  @Mutation(() => TipPayload, { description: 'Adds an open impulse about the same employer to a tip not yet sent.' })
  @Roles(Role.COLLABORATION_OFFICER)
  addImpulseToTip(@Args('input') input: TipImpulseInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.change('add', input, actor, cid);
  }

  @Mutation(() => TipPayload, { description: 'Takes an impulse out of a tip not yet sent; it is open again.' })
  @Roles(Role.COLLABORATION_OFFICER)
  removeImpulseFromTip(@Args('input') input: TipImpulseInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.change('remove', input, actor, cid);
  }

  @Mutation(() => TipPayload, { description: 'Sends the tip to AV.' })
  @Roles(Role.COLLABORATION_OFFICER)
  sendTip(@Args('input') input: SendTipInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(input, actor, cid, { type: 'SendTip', data: { tipId: input.tipId, sentOn: input.sentOn ?? stockholmDate(now) }, metadata: { now } });
  }

  @Mutation(() => TipPayload, { description: 'AV registers a tip it received.' })
  @Roles(Role.AV_INSPECTOR)
  recordTipReceipt(@Args('input') input: RecordTipReceiptInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    const data = {
      tipId: input.tipId,
      receivedOn: input.receivedOn ?? stockholmDate(now),
      ...(input.avDiaryNumber ? { avDiaryNumber: input.avDiaryNumber } : {}),
    };
    return this.run(input, actor, cid, { type: 'RecordTipReceipt', data, metadata: { now } });
  }

  @Mutation(() => TipPayload, { description: 'AV records what the tip led to: a direct action, an indirect use, or no action (with a reason).' })
  @Roles(Role.AV_INSPECTOR)
  recordTipOutcome(@Args('input') input: RecordTipOutcomeInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(input, actor, cid, outcomeCommand(input, new Date()));
  }

  private async change(kind: 'add' | 'remove', input: TipImpulseInput, actor: Actor, cid: string): Promise<TipPayload> {
    const context = commandContext(actor, cid, input);
    const command = new ChangeTipImpulsesCommand(kind, input.tipId, input.impulseId, new Date(), context);
    const result = await this.commands.execute<ChangeTipImpulsesCommand, CommandResult>(command);
    return this.payload(result, context, input.tipId);
  }

  private async run(input: SendTipInput | RecordTipReceiptInput | RecordTipOutcomeInput, actor: Actor, cid: string, command: TipCommand): Promise<TipPayload> {
    const context = commandContext(actor, cid, input);
    const result = await this.commands.execute<RunTipCommand, CommandResult>(new RunTipCommand(command, context));
    return this.payload(result, context, input.tipId);
  }

  private async payload(result: CommandResult, context: CommandContext, tipId: string): Promise<TipPayload> {
    const row = await this.queries.execute<GetTipQuery, TipRow | null>(new GetTipQuery(tipId));
    if (!row) throw new NotFoundError('Tip', tipId);
    return { ...payloadFields(result, context), tip: toTipType(row, this.persons) };
  }

  private async row(id: string, actor: Actor): Promise<TipRow> {
    const row = await this.queries.execute<GetTipQuery, TipRow | null>(new GetTipQuery(id));
    if (!row) throw new NotFoundError('Tip', id);
    if (actor.role === Role.AV_INSPECTOR && row.status === 'DRAFT') {
      // A draft is FK's own working material until it is sent.
      throw new NotFoundError('Tip', id);
    }
    return row;
  }
}

function outcomeCommand(input: RecordTipOutcomeInput, now: Date): TipCommand {
  const decidedOn = input.decidedOn ?? stockholmDate(now);
  const note = input.note ? { note: input.note } : {};
  if (input.outcome === 'DIRECT_ACTION') {
    if (!input.action) throw new InputValidationError([{ field: 'action', messages: ['action is required for a DIRECT_ACTION'] }]);
    return { type: 'RecordDirectAction', data: { tipId: input.tipId, action: input.action, decidedOn, ...note }, metadata: { now } };
  }
  if (input.outcome === 'INDIRECT_USE') {
    return { type: 'RecordIndirectUse', data: { tipId: input.tipId, decidedOn, ...note }, metadata: { now } };
  }
  if (!input.noActionReason) {
    throw new InputValidationError([{ field: 'noActionReason', messages: ['noActionReason is required for NO_ACTION'] }]);
  }
  return {
    type: 'RecordNoAction',
    data: { tipId: input.tipId, reasonCode: input.noActionReason, decidedOn },
    metadata: { now },
    reason: input.reason,
  };
}
