import {
  Command,
  decideByType,
  Decider,
  DomainEvent,
  EventDefinitions,
  handled,
  ModuleEvents,
  NotFoundError,
  requiredText,
} from '@samverkan/core/domain';
import { ACCESS_RULES } from '../service-credential.rules';

/**
 * A named credential for a machine client (a dashboard service): issued by a data protection
 * officer or the steering group for one read-only role, until an expiry, for a reason; revoked
 * with a reason. Its stream (`serviceCredential-<id>`) is what every replica checks a service
 * token against, on every request. The event keeps a salted hash of the client secret, never the
 * secret: the trail says who issued what for what, and cannot hand out access.
 */

/** The roles a machine client may hold: those whose row of the role matrix holds no mutation. */
export const SERVICE_CREDENTIAL_ROLES = ['DASHBOARD'] as const;
export type ServiceCredentialRole = (typeof SERVICE_CREDENTIAL_ROLES)[number];

/** A credential lives at most this long from its issue; a longer need is a new credential, and a new decision. */
export const MAX_CREDENTIAL_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

export interface ServiceCredentialCommands {
  IssueServiceCredential: {
    credentialId: string;
    name: string;
    role: string;
    /** ISO date-time after which the credential is refused. */
    expiresAt: string;
    /** `scrypt$…` (client-secret.ts); the secret itself never reaches a command. */
    secretHash: string;
    /** The issuer's organisation, which the service speaks for. */
    organisation: string;
  };
  RevokeServiceCredential: { credentialId: string };
}

export type IssueServiceCredential = Command<
  'IssueServiceCredential',
  ServiceCredentialCommands['IssueServiceCredential']
>;
export type RevokeServiceCredential = Command<
  'RevokeServiceCredential',
  ServiceCredentialCommands['RevokeServiceCredential']
>;
export type ServiceCredentialCommand = IssueServiceCredential | RevokeServiceCredential;

export type ServiceCredentialIssued = DomainEvent<
  'ServiceCredentialIssued',
  ServiceCredentialCommands['IssueServiceCredential'] & { role: ServiceCredentialRole }
>;
export type ServiceCredentialRevoked = DomainEvent<'ServiceCredentialRevoked', { credentialId: string }>;
export type ServiceCredentialEvent = ServiceCredentialIssued | ServiceCredentialRevoked;

export type ServiceCredentialState =
  { status: 'none' } | (ServiceCredentialIssued['data'] & { status: 'issued' | 'revoked' });

/** A credential that admits requests: issued and not revoked (and, where checked, not expired). */
export type LiveCredential = ServiceCredentialIssued['data'] & { status: 'issued' };

export const serviceCredentialStream = (credentialId: string) => `serviceCredential-${credentialId}`;

const issued = (state: ServiceCredentialState, id: string) => {
  if (state.status === 'none') throw new NotFoundError('ServiceCredential', id);
  return state;
};

const decide = decideByType<ServiceCredentialCommand, ServiceCredentialState, ServiceCredentialEvent>(
  'serviceCredential',
  {
    IssueServiceCredential(command, state) {
      const { data } = command;
      if (state.status !== 'none')
        throw ACCESS_RULES.violation('SERVICE_CREDENTIAL_ALREADY_ISSUED', `${data.credentialId} was issued before`);
      const role = SERVICE_CREDENTIAL_ROLES.find((r) => r === data.role);
      if (!role)
        throw ACCESS_RULES.violation('SERVICE_CREDENTIAL_ROLE_NOT_READ_ONLY', `${data.role} is not a read-only role`, {
          field: 'role',
          allowed: [...SERVICE_CREDENTIAL_ROLES],
        });
      const expires = Date.parse(data.expiresAt);
      const now = command.metadata.now.getTime();
      if (!(expires > now))
        throw ACCESS_RULES.violation('SERVICE_CREDENTIAL_EXPIRY_PASSED', 'expiresAt must lie in the future', {
          field: 'expiresAt',
        });
      if (expires - now > MAX_CREDENTIAL_DAYS * DAY_MS)
        throw ACCESS_RULES.violation(
          'SERVICE_CREDENTIAL_EXPIRY_TOO_LATE',
          `expiresAt lies more than ${MAX_CREDENTIAL_DAYS} days ahead`,
          { field: 'expiresAt', maxDays: MAX_CREDENTIAL_DAYS },
        );
      const name = requiredText(data.name, 'name');
      return [
        {
          type: 'ServiceCredentialIssued',
          data: { ...data, name, role, expiresAt: new Date(expires).toISOString() },
        },
      ];
    },
    RevokeServiceCredential(command, state) {
      const credential = issued(state, command.data.credentialId);
      if (credential.status === 'revoked')
        throw ACCESS_RULES.violation(
          'SERVICE_CREDENTIAL_ALREADY_REVOKED',
          `${command.data.credentialId} was revoked before`,
        );
      return [{ type: 'ServiceCredentialRevoked', data: { credentialId: credential.credentialId } }];
    },
  },
);

function evolve(state: ServiceCredentialState, event: ServiceCredentialEvent): ServiceCredentialState {
  switch (event.type) {
    case 'ServiceCredentialIssued':
      return { ...event.data, status: 'issued' };
    case 'ServiceCredentialRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked' };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown serviceCredential event ${(unknown as DomainEvent).type}`);
    }
  }
}

export const serviceCredentialDecider: Decider<
  ServiceCredentialCommand,
  ServiceCredentialEvent,
  ServiceCredentialState
> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
  worldTimes: { IssueServiceCredential: handled, RevokeServiceCredential: handled },
};

/** Whether a credential admits a request at `now`: issued, not revoked, not expired. */
export function isLive(state: ServiceCredentialState, now: Date): state is LiveCredential {
  return state.status === 'issued' && Date.parse(state.expiresAt) > now.getTime();
}

const definitions: EventDefinitions<ServiceCredentialEvent> = {
  ServiceCredentialIssued: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Tjänsteinloggning "${d.name}" utfärdades för rollen ${d.role} till ${d.expiresAt.slice(0, 10)}`,
  },
  ServiceCredentialRevoked: {
    kind: 'decision',
    schemaVersion: 1,
    summary: () => 'Tjänsteinloggning återkallades',
  },
};

export const accessModuleEvents: ModuleEvents = {
  module: 'access',
  categories: ['serviceCredential'],
  definitions,
  evolvers: { serviceCredential: serviceCredentialDecider },
};
