import { defineRules } from '@samverkan/core/domain';

/** Every rule code of service credentials (machine clients' access), with what it means; docs/ERRORS.md is generated from it. */
export const ACCESS_RULES = defineRules(
  'access',
  {
    SERVICE_CREDENTIAL_ALREADY_ISSUED: 'A credential with this id was issued before.',
    SERVICE_CREDENTIAL_ALREADY_REVOKED: 'The credential was revoked before.',
    SERVICE_CREDENTIAL_EXPIRY_PASSED: "A credential's expiry must lie in the future.",
    SERVICE_CREDENTIAL_EXPIRY_TOO_LATE: 'A credential may live at most a year (366 days) from its issue.',
    SERVICE_CREDENTIAL_ROLE_NOT_READ_ONLY:
      'A credential is issued only for a role that reads and changes nothing (DASHBOARD).',
  },
  { ServiceCredential: 'a credential issued for a machine client' },
);
