import { ArgsType, Field, GraphQLISODateTime, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn } from 'class-validator';
import {
  CommandInput,
  CommandPayload,
  CommandPayloadType,
  ConnectionType,
  EntityType,
  IdField,
  IsText,
  PageArgs,
  ReasonField,
} from '@samverkan/core';
import { Audience, TYPE_AUDIENCE } from '../../read-access';
import { Role } from '../../roles';
import { SERVICE_CREDENTIAL_ROLES } from '../domain/service-credential';

/** Who issues, revokes and lists credentials; auditors list them too (an account of the access given). */
export const CREDENTIAL_ISSUERS = [Role.DATA_PROTECTION_OFFICER, Role.STEERING_GROUP];
export const CREDENTIAL_READERS = [...CREDENTIAL_ISSUERS, Role.AUDITOR];

export enum ServiceCredentialStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ServiceCredentialStatus, { name: 'ServiceCredentialStatus' });

@Audience(...CREDENTIAL_READERS)
@ObjectType({ description: 'Who issued or revoked a credential, as the trail records it.' })
export class CredentialActor {
  @Field() personId: string;
  @Field(() => String, { nullable: true, description: 'From the person directory ("raderad" once erased).' })
  name: string | null;
  @Field() organisation: string;
  @Field() role: string;
}

@Audience(...CREDENTIAL_READERS)
@ObjectType({ description: 'A named credential of a machine client. Its secret is never shown again after the issue.' })
export class ServiceCredentialType extends EntityType {
  @Field({ description: 'The client_id for POST /oauth/token (the id).' }) clientId: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field({ description: 'The organisation the service speaks for: the issuer’s.' }) organisation: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => ServiceCredentialStatus) status: ServiceCredentialStatus;
  @Field(() => GraphQLISODateTime) issuedAt: Date;
  @Field(() => CredentialActor) issuedBy: CredentialActor;
  @Field(() => String, { nullable: true, description: 'Why it was issued: for what.' }) reason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  @Field(() => CredentialActor, { nullable: true }) revokedBy: CredentialActor | null;
  @Field(() => String, { nullable: true }) revokeReason: string | null;
}

export const ServiceCredentialConnection = ConnectionType(ServiceCredentialType, 'ServiceCredential', {
  [TYPE_AUDIENCE]: CREDENTIAL_READERS,
});

@Audience(...CREDENTIAL_READERS)
@ObjectType()
export class IssueServiceCredentialPayload extends CommandPayload {
  @Field(() => ServiceCredentialType) credential: ServiceCredentialType;
  @Field({ description: 'client_id for POST /oauth/token.' }) clientId: string;
  @Field(() => String, {
    nullable: true,
    description:
      'client_secret for POST /oauth/token, shown this once and stored nowhere (the trail keeps a hash). ' +
      'Null on a replayed commandId: the secret cannot be shown again; revoke the credential and issue another.',
  })
  clientSecret: string | null;
}

export const RevokeServiceCredentialPayload = CommandPayloadType(
  'RevokeServiceCredentialPayload',
  'credential',
  ServiceCredentialType,
);
Audience(...CREDENTIAL_READERS)(RevokeServiceCredentialPayload);

@InputType()
export class IssueServiceCredentialInput extends CommandInput {
  @Field({ description: 'What the client is, e.g. "Regionens dashboard, Västra Götaland". At most 200 characters.' })
  @IsText(200)
  name: string;

  @Field(() => Role, { description: `A read-only role: ${SERVICE_CREDENTIAL_ROLES.join(', ')}.` })
  @IsIn([...SERVICE_CREDENTIAL_ROLES], {
    message: `role must be a read-only role: ${SERVICE_CREDENTIAL_ROLES.join(', ')}`,
  })
  role: Role;

  @Field(() => GraphQLISODateTime, { description: 'When it stops working: in the future, at most 366 days ahead.' })
  @IsDate({ message: 'expiresAt must be a date-time' })
  expiresAt: Date;

  @ReasonField('For what: the decision or need it serves. Kept in the audit trail.')
  reason: string;
}

@InputType()
export class RevokeServiceCredentialInput extends CommandInput {
  @IdField('The credential (its clientId).')
  credentialId: string;

  @ReasonField('Why it is revoked. Kept in the audit trail.')
  reason: string;
}

@ArgsType()
export class ServiceCredentialsArgs extends PageArgs {}
