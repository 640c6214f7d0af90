import { documentList, documentsById, entityProjection, Projection, Versioned } from '@samverkan/core';
import type { Actor } from '@samverkan/core';
import { ServiceCredentialEvent } from '../domain/service-credential';

export const SERVICE_CREDENTIAL_TABLE = 'access_service_credentials';

/** What the list shows of a credential: never its secret's hash. */
export interface ServiceCredentialDoc {
  credentialId: string;
  name: string;
  role: string;
  organisation: string;
  expiresAt: string;
  status: 'ACTIVE' | 'REVOKED';
  issuedAt: string;
  issuedBy: Pick<Actor, 'id' | 'organisation' | 'role'>;
  reason: string | null;
  revokedAt: string | null;
  revokedBy: Pick<Actor, 'id' | 'organisation' | 'role'> | null;
  revokeReason: string | null;
  position: string;
}

const actorOf = (metadata: Record<string, unknown>) => {
  const { id, organisation, role } = metadata.actor as Actor;
  return { id, organisation, role };
};
const reasonOf = (metadata: Record<string, unknown>) => (typeof metadata.reason === 'string' ? metadata.reason : null);

export const serviceCredentialProjection: Projection = entityProjection<ServiceCredentialEvent, ServiceCredentialDoc>({
  name: 'access.serviceCredential',
  table: SERVICE_CREDENTIAL_TABLE,
  category: 'serviceCredential',
  key: 'credentialId',
  start: {
    ServiceCredentialIssued: ({ data }, { position, recordedAt, metadata }) => ({
      credentialId: data.credentialId,
      name: data.name,
      role: data.role,
      organisation: data.organisation,
      expiresAt: data.expiresAt,
      status: 'ACTIVE',
      issuedAt: recordedAt.toISOString(),
      issuedBy: actorOf(metadata),
      reason: reasonOf(metadata),
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
      position: position.toString(),
    }),
  },
  change: {
    ServiceCredentialRevoked: (doc, _event, { recordedAt, metadata }) => ({
      ...doc,
      status: 'REVOKED',
      revokedAt: recordedAt.toISOString(),
      revokedBy: actorOf(metadata),
      revokeReason: reasonOf(metadata),
    }),
  },
});

export const getServiceCredentials = documentsById<ServiceCredentialDoc>(SERVICE_CREDENTIAL_TABLE);

/** Newest issued first; every credential, revoked and expired ones included (the list is an account of access given). */
export const listServiceCredentials = documentList<ServiceCredentialDoc, object>(SERVICE_CREDENTIAL_TABLE, () => []);

export type { Versioned };
