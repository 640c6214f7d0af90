import { registerEnumType } from '@nestjs/graphql';

/** What a person may do in the workspace; one role per token. */
export enum Role {
  STEERING_GROUP = 'STEERING_GROUP',
  FORUM_COORDINATOR = 'FORUM_COORDINATOR',
  KNOWLEDGE_GROUP = 'KNOWLEDGE_GROUP',
  FK_CASEWORKER = 'FK_CASEWORKER',
  COLLABORATION_OFFICER = 'COLLABORATION_OFFICER',
  AV_INSPECTOR = 'AV_INSPECTOR',
  AUDITOR = 'AUDITOR',
  DASHBOARD = 'DASHBOARD',
  /** Dataskyddsombud: finds people and carries out GDPR erasure requests; reads no content. */
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
}

registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role);

/** Every role that works with the content; DASHBOARD sees aggregates only, the data protection officer people only. */
export const CONTENT_READERS = ALL_ROLES.filter((r) => r !== Role.DASHBOARD && r !== Role.DATA_PROTECTION_OFFICER);

/** The organisation a generated dev token speaks for. */
export const DEV_ORGANISATION: Record<Role, string> = {
  STEERING_GROUP: 'FK',
  FORUM_COORDINATOR: 'FK',
  KNOWLEDGE_GROUP: 'FHM',
  FK_CASEWORKER: 'FK',
  COLLABORATION_OFFICER: 'FK',
  AV_INSPECTOR: 'AV',
  AUDITOR: 'FK',
  DASHBOARD: 'FK',
  DATA_PROTECTION_OFFICER: 'FK',
};

/** The person behind a generated dev token: demo data is recorded as done by them. */
export function devPerson(role: Role): { id: string; name: string; organisation: string; role: Role } {
  return {
    id: `dev-${role.toLowerCase().replace(/_/g, '-')}`,
    name: `Demo ${role.toLowerCase()}`,
    organisation: DEV_ORGANISATION[role],
    role,
  };
}

/**
 * Claims a generated dev token carries besides role and organisation: the demo coordinator
 * coordinates the six demo forums (`npm run cli -- seed`).
 */
export const DEV_GRANTS: Partial<Record<Role, Record<string, unknown>>> = {
  FORUM_COORDINATOR: { forums: ['norr', 'mitt', 'stockholm', 'vast', 'ost', 'syd'] },
};
