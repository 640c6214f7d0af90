export { ServiceCredentials } from './service-credentials';
export { ServiceTokens, SERVICE_ISSUER } from './service-tokens';
export type { ServiceAccessToken } from './service-tokens';
export { SERVICE_CREDENTIAL_ROLES, accessModuleEvents } from './domain/service-credential';
export type { LiveCredential } from './domain/service-credential';
export { ACCESS_RULES } from './service-credential.rules';
export { CREDENTIAL_ISSUERS, CREDENTIAL_READERS } from './graphql/service-credential.types';
export { serviceCredentialEndpoint } from './service-credential.endpoint';
