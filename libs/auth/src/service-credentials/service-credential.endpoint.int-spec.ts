import { entityIdFor } from '@samverkan/core';
import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { accessModuleEvents, serviceCredentialStream } from './domain/service-credential';
import { serviceCredentialEndpoint, ServiceCredentialRequest } from './service-credential.endpoint';

const spec = endpointSpecification(serviceCredentialEndpoint, [accessModuleEvents]);
const commandId = '2b0c1e7a-5d1f-4e8a-9c3b-7f6e5d4c3b2a';
const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
const issue: ServiceCredentialRequest = {
  type: 'IssueServiceCredential',
  data: { name: 'Regionens dashboard', role: 'DASHBOARD', expiresAt, secretHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' },
  reason: 'SG-7',
};

describe('The service credential endpoint', () => {
  it('mints the id from the command id and records the issuer’s organisation', () =>
    spec
      .given()
      .when(issue, { role: 'DATA_PROTECTION_OFFICER', organisation: 'AV' }, { commandId })
      .then([
        {
          type: 'ServiceCredentialIssued',
          data: { ...issue.data, role: 'DASHBOARD', credentialId: entityIdFor(commandId), organisation: 'AV' },
        },
      ]));

  it('revokes the credential it names', () => {
    const credentialId = 'cred-1';
    const issued = { ...issue.data, credentialId, organisation: 'FK' };
    return spec
      .given([
        { stream: serviceCredentialStream(credentialId), events: [{ type: 'ServiceCredentialIssued', data: issued }] },
      ])
      .when(
        { type: 'RevokeServiceCredential', data: { credentialId }, reason: 'Avvecklad' },
        { role: 'STEERING_GROUP' },
      )
      .then([{ type: 'ServiceCredentialRevoked', data: { credentialId } }]);
  });
});
