import { commandEndpoint, Prepared, RequestWithout, steps } from '@samverkan/core';
import {
  EligibilityCommand,
  eligibilityDecider,
  eligibilityStream,
  inspectionDecider,
  inspectionStream,
} from '../domain';

/** The principal's name is read from the inspection that found the system deficiencies. */
export type EligibilityRequest = RequestWithout<EligibilityCommand<'MarkPrincipalEligible'>, 'principalName'>;

/** A principal's eligibility for a principal-level inspection in a campaign: sent by the eligibility process only. */
export const eligibilityEndpoint = commandEndpoint({
  name: 'principalEligibility',
  decider: eligibilityDecider,
  streamOf: (command: EligibilityCommand) =>
    eligibilityStream(command.data.campaignId, command.data.organisationNumber),
  async prepare(request: EligibilityRequest, tools): Promise<Prepared<EligibilityCommand>> {
    const { state } = await tools.load(inspectionStream(request.data.basedOnInspectionId), inspectionDecider);
    const principalName = state.status === 'NONE' ? request.data.organisationNumber : state.principal.name;
    return { command: steps.command(request, { ...request.data, principalName }, tools) };
  },
});
