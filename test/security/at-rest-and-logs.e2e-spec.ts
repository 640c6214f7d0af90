import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import {
  ADD_REPRESENTATIVE,
  employers,
  ESTABLISH,
  heldSeminar,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { overWebSocket } from '../support/graphql-transports';
import { exitOf, startedServer } from '../support/server-process';
import { GraphQLResponse, readDevTokens } from '../support/test-app';

const PERSONAL = [
  'Loggy Namesson',
  'loggy@example.se',
  'Rita Representantsson',
  'rita.r@example.se',
  'Gerd Gästsson',
  // Sent in a GET's query text and variables, over the websocket, inline in a POST, and in a body over the limit.
  'Getty Querysson',
  'Vera Variabelsson',
  'Wessy Socketsson',
  'Sune Prenumerantsson',
  'Inga Inlinesson',
  'Bigg Bodysson',
];

/**
 * A running server through a whole flow with names, e-mail, tokens and an erasure, at trace level:
 * nothing personal and no token reaches its log, and every file it made is its owner's alone.
 */
describe('Data at rest and in the logs', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'samverkan-rest-')), 'data');
  let log = '';
  let secrets: string[] = [];

  beforeAll(async () => {
    const server = await startedServer({ DATA_DIR: dataDir, LOG_LEVEL: 'trace', NODE_ENV: 'development' });
    const tokens = readDevTokens(dataDir);
    const secret = new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), 'base64'));
    const coordinator = await new SignJWT({
      role: 'FORUM_COORDINATOR',
      org: 'FK',
      forums: ['vast'],
      name: 'Loggy Namesson',
      email: 'loggy@example.se',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('coordinator-loggy')
      .setIssuer('samverkan-dev')
      .setAudience('samverkan')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    secrets = [...Object.values(tokens), coordinator, readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()];
    const gql = async (token: string | null, query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(`http://localhost:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    };
    await vastWithMembers(gql, tokens.STEERING_GROUP, coordinator, [employers.volvo]);
    await gql(coordinator, ADD_REPRESENTATIVE, {
      input: {
        forumId: 'vast',
        organisationNumber: employers.volvo.organisationNumber,
        name: 'Rita Representantsson',
        email: 'rita.r@example.se',
        role: 'HR',
      },
    });
    const meetingId = await heldSeminar(gql, coordinator, 'Möte', '2025-02-05');
    await gql(coordinator, RECORD_ATTENDANCE, {
      input: { meetingId, members: [], guests: [{ name: 'Gerd Gästsson', organisation: 'FHM' }] },
    });
    const found = await gql(tokens.DATA_PROTECTION_OFFICER, '{ findPeople(text: "Representantsson") { id } }', {});
    await gql(tokens.DATA_PROTECTION_OFFICER, 'mutation($i: ErasePersonInput!) { erasePerson(input: $i) { stream } }', {
      i: { personId: found.data.findPeople[0].id, reason: 'Begäran, dnr 1' },
    });
    await gql(`${coordinator.slice(0, -3)}abc`, '{ forums { id } }', {});
    await gql(tokens.STEERING_GROUP, ESTABLISH, { input: { forumId: 'x', name: 'Loggy Namesson', region: 'Mars' } });
    // Other request forms: GET (query text and variables in the URL), the websocket, inline text, 413.
    const base = `http://localhost:${server.port}/graphql`;
    const get = (params: Record<string, string>) =>
      fetch(`${base}?${new URLSearchParams(params)}`, {
        headers: { authorization: `Bearer ${tokens.DATA_PROTECTION_OFFICER}`, 'apollo-require-preflight': 'true' },
      });
    expect((await get({ query: '{ findPeople(text: "Getty Querysson") { id } }' })).status).toBe(200);
    expect(
      (
        await get({
          query: 'query Find($t: String!) { findPeople(text: $t) { id } }',
          variables: JSON.stringify({ t: 'Vera Variabelsson' }),
        })
      ).status,
    ).toBe(200);
    const ws = `ws://localhost:${server.port}/graphql`;
    const overSocket = await overWebSocket(ws, tokens.DATA_PROTECTION_OFFICER, {
      query: 'query WsFind($t: String!) { findPeople(text: $t) { id } }',
      variables: { t: 'Wessy Socketsson' },
    });
    expect(overSocket.errors).toBeUndefined();
    const refused = await overWebSocket(ws, tokens.AUDITOR, {
      query:
        'subscription($f: TimelineFilterInput) { timelineAppended(filter: $f) { position } } # Sune Prenumerantsson',
      variables: { f: { kind: 'Sune Prenumerantsson' } },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await gql(tokens.DATA_PROTECTION_OFFICER, '{ findPeople(text: "Inga Inlinesson") { id } }', {});
    const tooLarge = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.AUDITOR}` },
      body: JSON.stringify({ query: '{ regions }', variables: { who: 'Bigg Bodysson', pad: 'x'.repeat(300_000) } }),
    });
    expect(tooLarge.status).toBe(413);
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await exitOf(server.child);
    log = server.out();
  }, 60_000);
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('logged the flow at trace level', () => {
    expect(log).toMatch(/command handled/);
    expect(log.split('\n').length).toBeGreaterThan(20);
  });

  it('logs GraphQL operations by name and size, over HTTP and the websocket', () => {
    const lines = log
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const find = lines.filter((l) => l.req?.graphql?.operationName === 'Find');
    expect(find).toHaveLength(1);
    expect(find[0].req).toMatchObject({
      method: 'GET',
      url: '/graphql',
      graphql: { queryBytes: expect.any(Number), variablesBytes: expect.any(Number) },
    });
    expect(
      lines.some((l) => l.msg === 'graphql-ws operation' && l.operationName === 'WsFind' && l.queryBytes > 0),
    ).toBe(true);
    expect(lines.some((l) => l.msg === 'graphql-ws operation refused' && l.codes?.includes('BAD_USER_INPUT'))).toBe(
      true,
    );
  });

  it('logs a body over the limit as a warning without a stack', () => {
    const lines = log.split('\n').filter((l) => /\b413\b|too large/i.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const entry = JSON.parse(line);
      expect(entry.level).toBe(40);
      expect(JSON.stringify(entry)).not.toMatch(/"stack"|at .*\.js/);
    }
  });

  it.each(PERSONAL)('never logs %s', (plain) => {
    expect(log.includes(plain)).toBe(false);
  });

  it('never logs a token or the signing secret', () => {
    for (const secret of secrets) expect(log.includes(secret)).toBe(false);
  });

  it('creates the data dir and every file in it for its owner only', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dataDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'events.sqlite',
        'read-models.sqlite',
        'personal-data.sqlite',
        'jwt-secret',
        'dev-tokens.json',
      ]),
    );
    for (const file of files)
      expect({ file, mode: (statSync(join(dataDir, file)).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
  });
});
