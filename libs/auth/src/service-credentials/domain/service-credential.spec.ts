import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import {
  accessModuleEvents,
  IssueServiceCredential,
  isLive,
  RevokeServiceCredential,
  serviceCredentialDecider,
  ServiceCredentialIssued,
  ServiceCredentialRevoked,
} from './service-credential';

const now = new Date('2026-12-04T10:00:00Z');
const DAY = 24 * 3600 * 1000;
const issueData = {
  credentialId: 'cred-1',
  name: 'Regionens dashboard',
  role: 'DASHBOARD',
  expiresAt: new Date(now.getTime() + 90 * DAY).toISOString(),
  secretHash: 'scrypt$16384$8$1$salt$hash',
  organisation: 'FK',
};
const issue = (data: Partial<IssueServiceCredential['data']> = {}): IssueServiceCredential => ({
  type: 'IssueServiceCredential',
  data: { ...issueData, ...data },
  metadata: { now },
  reason: 'SG-7',
});
const revoke: RevokeServiceCredential = {
  type: 'RevokeServiceCredential',
  data: { credentialId: 'cred-1' },
  metadata: { now },
  reason: 'Avvecklad',
};
const issued: ServiceCredentialIssued = { type: 'ServiceCredentialIssued', data: { ...issueData, role: 'DASHBOARD' } };
const revoked: ServiceCredentialRevoked = { type: 'ServiceCredentialRevoked', data: { credentialId: 'cred-1' } };
const spec = deciderSpecification(serviceCredentialDecider);

describe('Service credential', () => {
  describe('when none was issued', () => {
    it('issues one for a read-only role, until a day within a year', () => spec.given([]).when(issue()).then([issued]));
    it.each([
      ['a role that writes', { role: 'AUDITOR' }, 'SERVICE_CREDENTIAL_ROLE_NOT_READ_ONLY', 'role'],
      ['an expiry now', { expiresAt: now.toISOString() }, 'SERVICE_CREDENTIAL_EXPIRY_PASSED', 'expiresAt'],
      [
        'an expiry past 366 days',
        { expiresAt: new Date(now.getTime() + 367 * DAY).toISOString() },
        'SERVICE_CREDENTIAL_EXPIRY_TOO_LATE',
        'expiresAt',
      ],
      ['a blank name', { name: '  ' }, 'INVALID_TEXT', 'name'],
    ])('refuses %s', (_, data, code, field) => spec.given([]).when(issue(data)).thenThrows(code, { field }));
    it('cannot revoke what was never issued', () =>
      spec.given([]).when(revoke).thenThrows('SERVICE_CREDENTIAL_NOT_FOUND'));
  });

  describe('when it was issued', () => {
    it('refuses the same id again', () =>
      spec.given([issued]).when(issue()).thenThrows('SERVICE_CREDENTIAL_ALREADY_ISSUED'));
    it('revokes it', () => spec.given([issued]).when(revoke).then([revoked]));
  });

  describe('when it was revoked', () => {
    it('refuses a second revocation', () =>
      spec.given([issued, revoked]).when(revoke).thenThrows('SERVICE_CREDENTIAL_ALREADY_REVOKED'));
  });

  describe('whether it admits a request', () => {
    const fold = (events: (ServiceCredentialIssued | ServiceCredentialRevoked)[]) =>
      events.reduce(serviceCredentialDecider.evolve, serviceCredentialDecider.initialState());
    it('admits an issued one before its expiry, and no other', () => {
      expect(isLive(fold([issued]), now)).toBe(true);
      expect(isLive(fold([issued]), new Date(issueData.expiresAt))).toBe(false);
      expect(isLive(fold([issued, revoked]), now)).toBe(false);
      expect(isLive(fold([]), now)).toBe(false);
    });
  });

  it('records decisions whose summaries carry neither the secret nor its hash', () => {
    for (const event of [issued, revoked]) {
      const definition = accessModuleEvents.definitions[event.type];
      expect(definition.kind).toBe('decision');
      expect(definition.summary(event.data)).not.toContain('scrypt');
    }
  });
});
