import {
  assertConfiguredRegion,
  DatedRequest,
  entityEndpoint,
  normalisedOrganisationNumber,
  normalisedSniCode,
  onTheDay,
  PlainRequest,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { ImpulseCommand, impulseDecider, impulseStream } from '../domain';
import { impulseIdFor } from './tips.ids';

/** A report as the caseworker gives it: the endpoint mints the id, normalises the codes and dates it today when no day is given. */
export type ReportImpulseRequest = DatedRequest<
  RequestWithout<ImpulseCommand<'ReportImpulse'>, 'impulseId'>,
  'reportedOn'
>;
export type DismissImpulseRequest = DatedRequest<ImpulseCommand<'DismissImpulse'>, 'dismissedOn'>;

export type ImpulseRequest =
  ReportImpulseRequest | DismissImpulseRequest | PlainRequest<ImpulseCommand<'JoinTip'> | ImpulseCommand<'LeaveTip'>>;

/**
 * The impulse's way in. Joining and leaving a tip are sent by the tip bundling, which has read
 * the tip's employer already; the region list is configuration, checked here as an input error.
 */
export const impulseEndpoint = entityEndpoint(impulseDecider, impulseStream, 'impulseId').byType<ImpulseRequest>({
  ReportImpulse(request, tools) {
    const { data } = request;
    assertConfiguredRegion(tools, data.region);
    const employer = {
      organisationNumber: normalisedOrganisationNumber(data.employer.organisationNumber),
      name: data.employer.name,
    };
    const reported = {
      ...data,
      impulseId: impulseIdFor(tools.commandId),
      employer,
      industry: normalisedSniCode(data.industry),
    };
    return { command: onTheDay(steps.command(request, reported, tools), 'reportedOn', tools) };
  },
  DismissImpulse: steps.dated('dismissedOn'),
  JoinTip: steps.plain,
  LeaveTip: steps.plain,
});
