import {
  commandEndpoint,
  entityIdFor,
  NotFoundError,
  PlainRequest,
  plainCommand,
  PrepareTools,
  Prepared,
} from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import {
  AddImpulseToTip,
  CompileTip,
  impulseDecider,
  impulseStream,
  IsoDate,
  RecordDirectAction,
  RecordIndirectUse,
  RecordNoAction,
  RecordTipReceipt,
  RemoveImpulseFromTip,
  ReportedImpulse,
  SendTip,
  TipCommand,
  tipDecider,
  tipStream,
} from '../domain';

/** The tip a compilation creates: its id follows from the command id, so a retry addresses the same tip. */
export const tipIdFor = (commandId: string): string => entityIdFor(commandId);

/** A request whose day of the fact defaults to today (Stockholm) when the sender gives none. */
type Dated<C extends TipCommand, K extends keyof C['data']> = Omit<C, 'metadata' | 'data'> & {
  data: Omit<C['data'], K> & { [F in K]?: IsoDate };
};

/** A compilation names its impulses; the endpoint reads their employer, region and industry. */
export type CompileTipRequest = Omit<CompileTip, 'metadata' | 'data'> & {
  data: Pick<CompileTip['data'], 'impulseIds' | 'summary'>;
};
/** An addition names the impulse; the endpoint reads its employer. */
export type AddImpulseToTipRequest = Omit<AddImpulseToTip, 'metadata' | 'data'> & {
  data: Omit<AddImpulseToTip['data'], 'impulseEmployer'>;
};

export type TipRequest =
  | CompileTipRequest
  | AddImpulseToTipRequest
  | PlainRequest<RemoveImpulseFromTip>
  | Dated<SendTip, 'sentOn'>
  | Dated<RecordTipReceipt, 'receivedOn'>
  | Dated<RecordDirectAction, 'decidedOn'>
  | Dated<RecordIndirectUse, 'decidedOn'>
  | Dated<RecordNoAction, 'decidedOn'>;

/** A reported impulse, read from its stream; an unknown one is NOT_FOUND. */
export async function reportedImpulse(tools: Pick<PrepareTools, 'load'>, impulseId: string): Promise<ReportedImpulse> {
  const { state } = await tools.load(impulseStream(impulseId), impulseDecider);
  if (state.status === 'none') throw new NotFoundError('Impulse', impulseId);
  return state;
}

/** What a compilation states, from its impulses as read: region and industry from the first one. */
export function compiledTip(
  tipId: string,
  request: CompileTipRequest['data'],
  impulses: readonly ReportedImpulse[],
): CompileTip['data'] {
  const first = impulses[0];
  return {
    tipId,
    employer: first?.employer ?? { organisationNumber: '', name: '' },
    region: first?.region ?? '',
    industry: first?.industry ?? '',
    impulseIds: request.impulseIds,
    impulseEmployers: Object.fromEntries(
      request.impulseIds.map((id, i) => [id, impulses[i].employer.organisationNumber]),
    ),
    summary: request.summary,
  };
}

/**
 * The tip's way in. A compilation's employer, region and industry come from its first impulse
 * and each impulse's employer from its own stream, so the tip can refuse another employer's
 * impulse. Joining the impulses first is the tip bundling's work (it spans streams).
 */
export const tipEndpoint = commandEndpoint({
  name: 'tip',
  decider: tipDecider,
  streamOf: (command: TipCommand) => tipStream(command.data.tipId),
  async prepare(request: TipRequest, tools): Promise<Prepared<TipCommand>> {
    const today = stockholmDate(tools.metadata.now);
    const command = (data: TipCommand['data']) => ({
      command: { ...request, data, metadata: tools.metadata } as TipCommand,
    });
    switch (request.type) {
      case 'CompileTip': {
        const impulses = await Promise.all(request.data.impulseIds.map((id) => reportedImpulse(tools, id)));
        return command(compiledTip(tipIdFor(tools.commandId), request.data, impulses));
      }
      case 'AddImpulseToTip': {
        const impulse = await reportedImpulse(tools, request.data.impulseId);
        return command({ ...request.data, impulseEmployer: impulse.employer.organisationNumber });
      }
      case 'SendTip':
        return command({ ...request.data, sentOn: request.data.sentOn ?? today });
      case 'RecordTipReceipt':
        return command({ ...request.data, receivedOn: request.data.receivedOn ?? today });
      case 'RecordDirectAction':
      case 'RecordIndirectUse':
      case 'RecordNoAction':
        return command({ ...request.data, decidedOn: request.data.decidedOn ?? today });
      default:
        return { command: plainCommand<TipCommand>(request, tools) };
    }
  },
});
