import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { ADD_ACTIVITY, ADOPT, decision, DRAFT, draft2025, SUBMIT, tipRoutineActivity } from '../support/plan-fixtures';
import { exitOf, startedServer } from '../support/server-process';
import { readDevTokens } from '../support/test-app';

const PLANS = '{ collaborationPlans { edges { node { year decisions { decidedBy { personId name } } } } } }';
const ERASE = 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { name erased } } }';

/**
 * The same as two-replicas.e2e-spec.ts, as operators run it: `npm start`'s entry point twice, as
 * two processes, on one EventStoreDB (the protocol server) and one PostgreSQL.
 */
describeWithPostgres('Two API server processes on one EventStoreDB and one PostgreSQL', () => {
  const scratch = scratchSchema();
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'samverkan-process-')));
  let server: EventStoreProtocolServer;
  const replicas: { child: ChildProcess; port: string }[] = [];
  const gql = async (replica: number, token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`http://127.0.0.1:${replicas[replica].port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const ready = async (replica: number) => {
    for (let tries = 0; tries < 100; tries++) {
      const res = await fetch(`http://127.0.0.1:${replicas[replica].port}/health/ready`);
      if (res.status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never ready');
  };

  beforeAll(async () => {
    server = await startProtocolServer({ batchAppend: false });
    const env = (dataDir: string) => ({
      DATA_DIR: dataDir,
      EVENTSTORE_CONNECTION_STRING: server.connectionString,
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: scratch.schema,
      LOG_LEVEL: 'info',
    });
    replicas.push(...(await Promise.all(dirs.map((dir) => startedServer(env(dir), 90_000)))));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(
      replicas.map(({ child }) => {
        const exited = exitOf(child);
        child.kill('SIGTERM');
        return exited;
      }),
    );
    await server?.close();
    await scratch.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('names through A, reads by name through B with A’s token, erases through B, and A answers "raderad" at once', async () => {
    const tokenA = readDevTokens(dirs[0]);
    const tokenB = readDevTokens(dirs[1]);
    const members = [
      { name: 'Petra Processdotter', organisation: 'FK' },
      { name: 'Olle Oberoendesson', organisation: 'AV' },
    ];
    const year = 2026;
    await gql(0, tokenA.STEERING_GROUP, DRAFT, { input: { ...draft2025, year } });
    await gql(0, tokenA.STEERING_GROUP, ADD_ACTIVITY, {
      input: { year, activity: { ...tipRoutineActivity, dueDate: `${year}-12-31` } },
    });
    await gql(0, tokenA.STEERING_GROUP, SUBMIT, { input: { year } });
    await gql(0, tokenA.STEERING_GROUP, ADOPT, {
      input: { year, decision: { ...decision('SG-P1', 'Planen antas'), decidedBy: members }, reason: 'Förankrad' },
    });
    await ready(1);
    const onB = await gql(1, tokenA.AUDITOR, PLANS);
    const decidedBy = onB.collaborationPlans.edges[0].node.decisions[0].decidedBy;
    expect(decidedBy.map((m: { name: string }) => m.name)).toEqual(members.map((m) => m.name));

    const erased = await gql(1, tokenB.DATA_PROTECTION_OFFICER, ERASE, {
      input: { personId: decidedBy[0].personId, reason: 'Begäran, dnr 2026/88' },
    });
    expect(erased.erasePerson.person).toEqual({ name: 'raderad', erased: true });
    const onA = await gql(0, tokenA.AUDITOR, PLANS);
    expect(onA.collaborationPlans.edges[0].node.decisions[0].decidedBy).toEqual([
      { personId: decidedBy[0].personId, name: 'raderad' },
      decidedBy[1],
    ]);
  });
});
