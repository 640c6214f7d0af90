import {
  DatedRequest,
  entityEndpoint,
  loadExisting,
  PlainRequest,
  PrepareTools,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { impulseDecider, impulseStream, ReportedImpulse, TipCommand, tipDecider, tipStream } from '../domain';
import { tipIdFor } from './tips.ids';

/** A compilation names its impulses; the endpoint reads their employer, region and industry. */
export type CompileTipRequest = RequestWith<
  TipCommand<'CompileTip'>,
  Pick<TipCommand<'CompileTip'>['data'], 'impulseIds' | 'summary'>
>;
/** An addition names the impulse; the endpoint reads its employer. */
export type AddImpulseToTipRequest = RequestWithout<TipCommand<'AddImpulseToTip'>, 'impulseEmployer'>;

export type TipRequest =
  | CompileTipRequest
  | AddImpulseToTipRequest
  | PlainRequest<TipCommand<'RemoveImpulseFromTip'>>
  | DatedRequest<TipCommand<'SendTip'>, 'sentOn'>
  | DatedRequest<TipCommand<'RecordTipReceipt'>, 'receivedOn'>
  | DatedRequest<TipCommand<'RecordDirectAction'>, 'decidedOn'>
  | DatedRequest<TipCommand<'RecordIndirectUse'>, 'decidedOn'>
  | DatedRequest<TipCommand<'RecordNoAction'>, 'decidedOn'>;

/** A reported impulse, read from its stream; an unknown one is NOT_FOUND. */
export async function reportedImpulse(tools: Pick<PrepareTools, 'load'>, impulseId: string): Promise<ReportedImpulse> {
  return loadExisting(tools, impulseStream(impulseId), impulseDecider, { entity: 'Impulse', id: impulseId });
}

/** What a compilation states, from its impulses as read: region and industry from the first one. */
export function compiledTip(
  tipId: string,
  request: CompileTipRequest['data'],
  impulses: readonly ReportedImpulse[],
): TipCommand<'CompileTip'>['data'] {
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
export const tipEndpoint = entityEndpoint(tipDecider, tipStream, 'tipId').byType<TipRequest>({
  async CompileTip(request, tools) {
    const impulses = await Promise.all(request.data.impulseIds.map((id) => reportedImpulse(tools, id)));
    return { command: steps.command(request, compiledTip(tipIdFor(tools.commandId), request.data, impulses), tools) };
  },
  async AddImpulseToTip(request, tools) {
    const impulse = await reportedImpulse(tools, request.data.impulseId);
    const data = { ...request.data, impulseEmployer: impulse.employer.organisationNumber };
    return { command: steps.command(request, data, tools) };
  },
  RemoveImpulseFromTip: steps.plain,
  SendTip: steps.dated('sentOn'),
  RecordTipReceipt: steps.dated('receivedOn'),
  RecordDirectAction: steps.dated('decidedOn'),
  RecordIndirectUse: steps.dated('decidedOn'),
  RecordNoAction: steps.dated('decidedOn'),
});
