import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { GraphQLResponse, refusalOf, TestApp } from './test-app';

export const ISSUE = `mutation($input: IssueServiceCredentialInput!) {
  issueServiceCredential(input: $input) {
    clientId clientSecret replayed
    credential { id name role status organisation reason expiresAt issuedBy { personId organisation role } }
  }
}`;
export const REVOKE = `mutation($input: RevokeServiceCredentialInput!) {
  revokeServiceCredential(input: $input) { credential { id status revokeReason revokedBy { role } } }
}`;
export const LIST = `{ serviceCredentials(first: 50) { edges { node { id name status reason revokeReason issuedBy { role } } } } }`;

/** A DASHBOARD figure: what a dashboard service asks for. */
export const FIGURE = '{ tipFunnel(year: 2024, groupBy: REGION) { total { impulses { value } } } }';

const DAY = 24 * 3600 * 1000;

/** An issue input that passes: a dashboard service for 90 days. */
export const dashboardCredential = (overrides: Record<string, unknown> = {}) => ({
  name: 'Regionens dashboard',
  role: 'DASHBOARD',
  expiresAt: new Date(Date.now() + 90 * DAY).toISOString(),
  reason: 'Styrgruppens beslut SG-7: tratten på regionens intranät',
  ...overrides,
});

/** Issues a credential as `role` (the issuer), answering with its client id and secret. */
export async function issueCredential(
  t: TestApp,
  role = 'DATA_PROTECTION_OFFICER',
  overrides: Record<string, unknown> = {},
): Promise<{ clientId: string; clientSecret: string }> {
  const res = await t.gql(role, ISSUE, { input: dashboardCredential(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data.issueServiceCredential;
}

/** `POST /oauth/token` with a form body, as an OAuth client library sends it. */
export function tokenRequest(app: INestApplication, form: Record<string, string>) {
  return request(app.getHttpServer()).post('/oauth/token').type('form').send(form);
}

/** A token for the credential, through the client-credentials grant. */
export async function serviceToken(app: INestApplication, credential: Credential) {
  const res = await tokenRequest(app, clientCredentials(credential));
  expect(res.status).toBe(200);
  return res.body.access_token as string;
}

/** A revoked credential: its token is refused at the next request, and it gets no new token. */
export async function expectRevokedRefused(app: INestApplication, token: string, credential: Credential) {
  const after = await asService(app, token, FIGURE);
  expect(after.status).toBe(401);
  expect(refusalOf(after.body)).toBe('UNAUTHENTICATED');
  expect((await tokenRequest(app, clientCredentials(credential))).status).toBe(401);
}

type Credential = { clientId: string; clientSecret: string };

/** The client-credentials grant's form for the credential. */
const clientCredentials = (credential: Credential) => ({
  grant_type: 'client_credentials',
  client_id: credential.clientId,
  client_secret: credential.clientSecret,
});

/** A GraphQL request with a bearer token, answering status, headers and body. */
export async function asService(app: INestApplication, token: string, query: string) {
  const res = await request(app.getHttpServer())
    .post('/graphql')
    .set('authorization', `Bearer ${token}`)
    .send({ query });
  return { status: res.status, headers: res.headers, body: res.body as GraphQLResponse };
}
