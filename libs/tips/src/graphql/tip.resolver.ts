import { Args, Parent, ResolveField } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import {
  CommandMutation,
  CommandResolver,
  ContentAccess,
  contentQueryOf,
  CurrentActor,
  MappedMutations,
  Role,
  ShowsContentOf,
} from '@samverkan/auth';
import {
  Actor,
  CommandInput,
  Connection,
  InputValidationError,
  NotFoundError,
  PersonDirectory,
  positionPage,
  requestFrom,
  Sender,
  sentPayload,
  givenFieldsOf,
} from '@samverkan/core';
import { GetImpulsesQuery, GetTipQuery, ListTipsQuery, TipBundling, tipIdFor, TipRequest } from '../application';
import { TipRow } from '../read-model/tips.tables';
import { beforeCursor } from './cursor';
import {
  CompileTipInput,
  RecordTipOutcomeInput,
  RecordTipReceiptInput,
  SendTipInput,
  TipsArgs,
  TipImpulseInput,
} from './tips.inputs';
import { employerFilterOf, toImpulseType, toTipType } from './tips.mapping';
import { ImpulseType, TipConnection, TipPayload, TipType } from './tips.types';

/** Tips are read by FK's collaboration officers, AV's inspectors and auditors. */
const TipQuery = contentQueryOf([Role.COLLABORATION_OFFICER, Role.AV_INSPECTOR, Role.AUDITOR]);

/** What AV records about a tip it received. */
const AV = { roles: [Role.AV_INSPECTOR] };

/** Collaboration officers compile and send tips; AV inspectors record receipt and outcomes. */
@CommandResolver(() => TipPayload, [Role.COLLABORATION_OFFICER])
@MappedMutations<TipRequest>({
  compileTip: {
    description: 'Bundles open impulses about one employer into a new tip.',
    request: requestFrom(CompileTipInput, 'CompileTip', 'impulseIds', 'summary'),
  },
  addImpulseToTip: {
    description: 'Adds an open impulse about the same employer to a tip not yet sent.',
    request: requestFrom(TipImpulseInput, 'AddImpulseToTip', 'tipId', 'impulseId'),
  },
  removeImpulseFromTip: {
    description: 'Takes an impulse out of a tip not yet sent; it is open again.',
    request: requestFrom(TipImpulseInput, 'RemoveImpulseFromTip', 'tipId', 'impulseId'),
  },
  recordTipReceipt: {
    description: 'AV registers a tip it received.',
    ...AV,
    request: requestFrom(RecordTipReceiptInput, 'RecordTipReceipt', 'tipId', 'receivedOn').withGiven('avDiaryNumber'),
  },
  sendTip: { description: 'Sends the tip to AV.', request: requestFrom(SendTipInput, 'SendTip', 'tipId', 'sentOn') },
})
export class TipResolver {
  constructor(
    private readonly bundling: TipBundling,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
    private readonly access: ContentAccess,
  ) {}

  @TipQuery(() => TipConnection, 'tip', 'Tips, newest first. AV sees the ones sent to it.')
  async tips(@Args() args: TipsArgs, @CurrentActor() actor: Actor): Promise<Connection<TipType>> {
    const { status, from, to } = args.filter ?? {};
    const filter = {
      status,
      sentOnly: actor.role === Role.AV_INSPECTOR,
      ...employerFilterOf(args.filter ?? {}),
      sentFrom: from,
      sentTo: to,
    };
    return positionPage(this.queries, ListTipsQuery, filter, args, (r) => toTipType(r, this.persons), beforeCursor);
  }

  @TipQuery(() => TipType, 'tip', 'One tip with its impulses and what AV recorded.')
  async tip(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<TipType> {
    return toTipType(await this.row(id, actor), this.persons);
  }

  @ResolveField(() => [ImpulseType], { description: 'For those who may read impulses; others see impulseIds.' })
  @ShowsContentOf('impulse')
  async impulses(@Parent() tip: TipType, @CurrentActor() actor: Actor): Promise<ImpulseType[]> {
    // One rule for impulses, whatever the view: AV reads the tip, not the impulses behind it.
    this.access.assertMayRead(actor.role, 'impulse');
    const rows = await this.queries.execute(new GetImpulsesQuery(tip.impulseIds));
    return rows.map((row) => toImpulseType(row, this.persons));
  }

  @CommandMutation({
    description: 'AV records what the tip led to: a direct action, an indirect use, or no action (with a reason).',
    ...AV,
  })
  recordTipOutcome(input: RecordTipOutcomeInput): TipRequest {
    return outcomeRequest(input);
  }

  /** Through the bundling: moving impulses spans the impulses' streams and the tip's. */
  async send(request: TipRequest, sender: Sender, input: CommandInput): Promise<TipPayload> {
    const sent = await this.bundling.send(request, sender, input);
    const tipId = request.type === 'CompileTip' ? tipIdFor(sent.commandId) : request.data.tipId;
    const row = await this.queries.execute(new GetTipQuery(tipId));
    if (!row) throw new NotFoundError('Tip', tipId);
    return { ...sentPayload(sent), tip: toTipType(row, this.persons) };
  }

  private async row(id: string, actor: Actor): Promise<TipRow> {
    const row = await this.queries.execute(new GetTipQuery(id));
    if (!row) throw new NotFoundError('Tip', id);
    if (actor.role === Role.AV_INSPECTOR && row.status === 'DRAFT') {
      // A draft is FK's own working material until it is sent.
      throw new NotFoundError('Tip', id);
    }
    return row;
  }
}

function outcomeRequest(input: RecordTipOutcomeInput): TipRequest {
  const { tipId, decidedOn } = input;
  const note = givenFieldsOf(input, 'note');
  if (input.outcome === 'DIRECT_ACTION') {
    if (!input.action)
      throw new InputValidationError([{ field: 'action', messages: ['action is required for a DIRECT_ACTION'] }]);
    return { type: 'RecordDirectAction', data: { tipId, action: input.action, decidedOn, ...note } };
  }
  if (input.outcome === 'INDIRECT_USE') return { type: 'RecordIndirectUse', data: { tipId, decidedOn, ...note } };
  if (!input.noActionReason) {
    throw new InputValidationError([
      { field: 'noActionReason', messages: ['noActionReason is required for NO_ACTION'] },
    ]);
  }
  return { type: 'RecordNoAction', data: { tipId, reasonCode: input.noActionReason, decidedOn }, reason: input.reason };
}
