import { Args, Query } from '@nestjs/graphql';
import {
  CommandInput,
  CommandResolverOf,
  Connection,
  decisionOf,
  positionPage,
  Sender,
  sentPayload,
  Versioned,
} from '@samverkan/core';
import { CommandMutation, CommandResolver } from '../../command-mutation';
import { Roles } from '../../decorators';
import { ContentOf } from '../../read-access';
import { Role } from '../../roles';
import { hashClientSecret, newClientSecret } from '../client-secret';
import { IssueRequest, serviceCredentialEndpoint, ServiceCredentialRequest } from '../service-credential.endpoint';
import { GetServiceCredentialsQuery, ListServiceCredentialsQuery } from '../service-credential.queries';
import { ServiceCredentialDoc } from '../read-model/service-credentials.projection';
import {
  CREDENTIAL_ISSUERS,
  CREDENTIAL_READERS,
  CredentialActor,
  IssueServiceCredentialInput,
  IssueServiceCredentialPayload,
  RevokeServiceCredentialInput,
  RevokeServiceCredentialPayload,
  ServiceCredentialConnection,
  ServiceCredentialsArgs,
  ServiceCredentialStatus,
  ServiceCredentialType,
} from './service-credential.types';

type IssueWithoutSecret = Omit<IssueRequest, 'data'> & { data: Omit<IssueRequest['data'], 'secretHash'> };

/** Credentials for machine clients: a data protection officer or the steering group issues and revokes them. */
@CommandResolver(() => RevokeServiceCredentialPayload, CREDENTIAL_ISSUERS)
export class ServiceCredentialsResolver extends CommandResolverOf(serviceCredentialEndpoint) {
  @Query(() => ServiceCredentialConnection, {
    description: 'Every credential issued for a machine client, newest first, revoked and expired ones included.',
  })
  @Roles(...CREDENTIAL_READERS)
  @ContentOf('serviceCredential')
  serviceCredentials(@Args() page: ServiceCredentialsArgs): Promise<Connection<ServiceCredentialType>> {
    return positionPage(this.queries, ListServiceCredentialsQuery, {}, page, (row) => this.typeOf(row));
  }

  @CommandMutation({
    description:
      'Issues a named credential for a machine client (a decision): a read-only role, an expiry and a reason. ' +
      'The answer carries the client secret, this once.',
    payload: () => IssueServiceCredentialPayload,
    via: 'issue',
  })
  issueServiceCredential(input: IssueServiceCredentialInput): IssueWithoutSecret {
    const { name, role, expiresAt } = input;
    return {
      type: 'IssueServiceCredential',
      data: { name, role, expiresAt: expiresAt.toISOString() },
      reason: input.reason,
    };
  }

  @CommandMutation(
    'Revokes a credential (a decision, with a reason): its tokens are refused from the next request on, on every replica.',
  )
  revokeServiceCredential(input: RevokeServiceCredentialInput): ServiceCredentialRequest {
    return decisionOf('RevokeServiceCredential', input, 'credentialId');
  }

  /** The secret is made here, shown once in the answer, and only its hash goes on. */
  async issue(
    request: IssueWithoutSecret,
    sender: Sender,
    input: CommandInput,
  ): Promise<IssueServiceCredentialPayload> {
    const clientSecret = newClientSecret();
    const withHash: IssueRequest = {
      ...request,
      data: { ...request.data, secretHash: await hashClientSecret(clientSecret) },
    };
    const sent = await this.pipeline.send(serviceCredentialEndpoint, withHash, sender, input);
    const clientId = sent.stream.slice(sent.stream.indexOf('-') + 1);
    return {
      ...sentPayload(sent),
      ...(await this.shown(clientId)),
      clientId,
      // A replay returns the first answer's write, whose secret only the first answer held.
      clientSecret: sent.replayed ? null : clientSecret,
    };
  }

  protected async shown(id: string): Promise<{ credential: ServiceCredentialType }> {
    return { credential: this.typeOf(await this.found(GetServiceCredentialsQuery, 'ServiceCredential', id)) };
  }

  private typeOf({ doc, revision }: Versioned<ServiceCredentialDoc>): ServiceCredentialType {
    const expired = Date.parse(doc.expiresAt) <= Date.now();
    return {
      id: doc.credentialId,
      revision,
      clientId: doc.credentialId,
      name: doc.name,
      role: doc.role as Role,
      organisation: doc.organisation,
      expiresAt: new Date(doc.expiresAt),
      status:
        doc.status === 'REVOKED'
          ? ServiceCredentialStatus.REVOKED
          : expired
            ? ServiceCredentialStatus.EXPIRED
            : ServiceCredentialStatus.ACTIVE,
      issuedAt: new Date(doc.issuedAt),
      issuedBy: this.actorOf(doc.issuedBy)!,
      reason: doc.reason,
      revokedAt: doc.revokedAt ? new Date(doc.revokedAt) : null,
      revokedBy: this.actorOf(doc.revokedBy),
      revokeReason: doc.revokeReason,
    };
  }

  private actorOf(actor: ServiceCredentialDoc['revokedBy']): CredentialActor | null {
    if (!actor) return null;
    const person = this.persons.find(actor.id);
    return {
      personId: actor.id,
      name: person?.erasedAt ? 'raderad' : (person?.name ?? null),
      organisation: actor.organisation,
      role: actor.role,
    };
  }
}
