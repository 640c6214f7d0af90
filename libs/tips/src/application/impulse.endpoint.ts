import {
  assertConfiguredRegion,
  commandEndpoint,
  entityIdFor,
  normalisedOrganisationNumber,
  normalisedSniCode,
  PlainRequest,
  plainCommand,
  Prepared,
} from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import {
  DismissImpulse,
  ImpulseCommand,
  impulseDecider,
  impulseStream,
  IsoDate,
  JoinTip,
  LeaveTip,
  ReportImpulse,
} from '../domain';

/** The impulse a report creates: its id follows from the command id, so a retry addresses the same impulse. */
export const impulseIdFor = (commandId: string): string => entityIdFor(commandId);

/** A report as the caseworker gives it: the endpoint mints the id, normalises the codes and dates it today when no day is given. */
export type ReportImpulseRequest = Omit<ReportImpulse, 'metadata' | 'data'> & {
  data: Omit<ReportImpulse['data'], 'impulseId' | 'reportedOn'> & { reportedOn?: IsoDate };
};
export type DismissImpulseRequest = Omit<DismissImpulse, 'metadata' | 'data'> & {
  data: Omit<DismissImpulse['data'], 'dismissedOn'> & { dismissedOn?: IsoDate };
};

export type ImpulseRequest = ReportImpulseRequest | DismissImpulseRequest | PlainRequest<JoinTip | LeaveTip>;

/**
 * The impulse's way in. Joining and leaving a tip are sent by the tip bundling, which has read
 * the tip's employer already; the region list is configuration, checked here as an input error.
 */
export const impulseEndpoint = commandEndpoint({
  name: 'impulse',
  decider: impulseDecider,
  streamOf: (command: ImpulseCommand) => impulseStream(command.data.impulseId),
  prepare(request: ImpulseRequest, tools): Prepared<ImpulseCommand> {
    const today = () => stockholmDate(tools.metadata.now);
    switch (request.type) {
      case 'ReportImpulse': {
        const { data } = request;
        assertConfiguredRegion(tools, data.region);
        const employer = {
          organisationNumber: normalisedOrganisationNumber(data.employer.organisationNumber),
          name: data.employer.name,
        };
        const impulseId = impulseIdFor(tools.commandId);
        const reported = {
          ...data,
          impulseId,
          employer,
          industry: normalisedSniCode(data.industry),
          reportedOn: data.reportedOn ?? today(),
        };
        return { command: { ...request, data: reported, metadata: tools.metadata } };
      }
      case 'DismissImpulse':
        return {
          command: {
            ...request,
            data: { ...request.data, dismissedOn: request.data.dismissedOn ?? today() },
            metadata: tools.metadata,
          },
        };
      default:
        return { command: plainCommand<ImpulseCommand>(request, tools) };
    }
  },
});
