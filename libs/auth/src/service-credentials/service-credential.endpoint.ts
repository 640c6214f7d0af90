import { commandEndpoint, Prepared, RequestWith } from '@samverkan/core';
import {
  IssueServiceCredential,
  RevokeServiceCredential,
  serviceCredentialDecider,
  ServiceCredentialCommand,
  serviceCredentialStream,
} from './domain/service-credential';

/** Issuing: the id is minted from the command id, the organisation is the issuer's. */
export type IssueRequest = RequestWith<
  IssueServiceCredential,
  Omit<IssueServiceCredential['data'], 'credentialId' | 'organisation'>
>;
export type RevokeRequest = Omit<RevokeServiceCredential, 'metadata'>;
export type ServiceCredentialRequest = IssueRequest | RevokeRequest;

export const serviceCredentialEndpoint = commandEndpoint({
  name: 'serviceCredential',
  decider: serviceCredentialDecider,
  streamOf: (command: ServiceCredentialCommand) => serviceCredentialStream(command.data.credentialId),
  prepare(request: ServiceCredentialRequest, tools): Prepared<ServiceCredentialCommand> {
    if (request.type === 'RevokeServiceCredential') return { command: { ...request, metadata: tools.metadata } };
    const data = { ...request.data, credentialId: tools.idFor(), organisation: tools.sender.actor.organisation };
    return { command: { ...request, data, metadata: tools.metadata } };
  },
});
