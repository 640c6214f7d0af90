import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNING_KEY_FILE } from '@samverkan/audit';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import { EsdbEventStore } from '@samverkan/event-store';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { ADD_ACTIVITY, ADOPT, decision, DRAFT, draft2025, SUBMIT, tipRoutineActivity } from '../support/plan-fixtures';
import { exitOf, startedServer } from '../support/server-process';
import { readDevTokens } from '../support/test-app';

const PLANS =
  '{ collaborationPlans { edges { node { year revision status decisions { decidedBy { personId name } } } } } }';
const ERASE = 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { name erased } } }';
const DIGEST = '{ integrityDigest { file keyFingerprint } }';
const CHECK = 'query($digest: String!) { checkIntegrityDigest(digest: $digest) { holds problems } }';
const OBLIGATIONS = '{ obligations(first: 50) { edges { node { id overdue overdueRecord { eventId } } } } }';
const PAST_DUE = [
  { activityId: 'komm', area: 'COMMUNICATION', owner: 'AV', dueDate: '2025-11-30' },
  { activityId: 'tips', area: 'TIP_ROUTINES', owner: 'JOINT', dueDate: '2025-03-31' },
];

type Replica = { child: import('node:child_process').ChildProcess; port: string };

/**
 * Issue 26, as operators run it: `npm start`'s entry point twice, as two OS processes, each with its
 * own DATA_DIR, on one EventStoreDB (the protocol server) and one PostgreSQL (a schema of this
 * file's own). The cases run in order and build on one another's data.
 */
describeWithPostgres('Two API server processes on one EventStoreDB and one PostgreSQL', () => {
  const scratch = scratchSchema();
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'samverkan-process-')));
  let server: EventStoreProtocolServer;
  let store: EsdbEventStore;
  const replicas: Replica[] = [];
  let members: { personId: string; name: string }[];
  const tokens = (replica: number) => readDevTokens(dirs[replica]);
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
  /** Ready means caught up with the store: after it, the replica's reads include every earlier write. */
  const ready = async (replica: number) => {
    for (let tries = 0; tries < 100; tries++) {
      const res = await fetch(`http://127.0.0.1:${replicas[replica].port}/health/ready`);
      if (res.status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never ready');
  };
  const start = (replica: number) =>
    startedServer(
      {
        DATA_DIR: dirs[replica],
        EVENTSTORE_CONNECTION_STRING: server.connectionString,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: scratch.schema,
        // Many checks on each replica within a test's seconds, so that a double append would show.
        OVERDUE_CHECK_INTERVAL_MS: '200',
        LOG_LEVEL: 'info',
      },
      90_000,
    );
  const stop = (replica: Replica, signal: NodeJS.Signals) => {
    if (replica.child.exitCode !== null || replica.child.signalCode !== null) return Promise.resolve(null);
    const exited = exitOf(replica.child);
    replica.child.kill(signal);
    return exited;
  };
  const plans = async (replica: number) => (await gql(replica, tokens(0).AUDITOR, PLANS)).collaborationPlans.edges;
  const overdueEvents = async () =>
    (await store.readAll({ filter: { eventTypes: ['ObligationBecameOverdue'] } })).map(
      (e) => (e.data as { obligationId: string }).obligationId,
    );
  const adopt = async (year: number, activities: Record<string, unknown>[], decidedBy: Record<string, string>[]) => {
    const sg = tokens(0).STEERING_GROUP;
    await gql(0, sg, DRAFT, { input: { ...draft2025, year } });
    for (const activity of activities) await gql(0, sg, ADD_ACTIVITY, { input: { year, activity } });
    await gql(0, sg, SUBMIT, { input: { year } });
    await gql(0, sg, ADOPT, {
      input: { year, decision: { ...decision(`SG-P${year}`, 'Planen antas'), decidedBy }, reason: 'Förankrad' },
    });
  };

  beforeAll(async () => {
    // Plain Append, one call per append: with BatchAppend's one shared stream, a client closed while
    // its appends are answered throws inside @eventstore/db-client (an answer for an unknown batch).
    server = await startProtocolServer({ batchAppend: false });
    store = EsdbEventStore.connect(server.connectionString);
    replicas.push(...(await Promise.all([start(0), start(1)])));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => stop(replica, 'SIGTERM')));
    await store?.close();
    await server?.close();
    await scratch.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('names through A, reads by name through B with A’s token, erases through B, and A answers "raderad" at once', async () => {
    const named = [
      { name: 'Petra Processdotter', organisation: 'FK' },
      { name: 'Olle Oberoendesson', organisation: 'AV' },
    ];
    await adopt(2030, [{ ...tipRoutineActivity, dueDate: '2030-12-31' }], named);
    await ready(1);
    const health: any = await (await fetch(`http://127.0.0.1:${replicas[1].port}/health/ready`)).json();
    expect(health.info.postgres).toEqual({ status: 'up' });
    const [onB] = await plans(1);
    members = onB.node.decisions[0].decidedBy;
    expect(members.map((m) => m.name)).toEqual(named.map((m) => m.name));

    const erased = await gql(1, tokens(1).DATA_PROTECTION_OFFICER, ERASE, {
      input: { personId: members[0].personId, reason: 'Begäran, dnr 2026/88' },
    });
    expect(erased.erasePerson.person).toEqual({ name: 'raderad', erased: true });
    const [onA] = await plans(0);
    expect(onA.node.decisions[0].decidedBy).toEqual([{ personId: members[0].personId, name: 'raderad' }, members[1]]);
  });

  it('verifies on B, under B’s own trusted key, a digest made by A; one key in PostgreSQL, in neither DATA_DIR', async () => {
    const fromA = (await gql(0, tokens(0).AUDITOR, DIGEST)).integrityDigest;
    const onB = await gql(1, tokens(1).AUDITOR, CHECK, { digest: fromA.file });
    expect(onB.checkIntegrityDigest).toEqual({ holds: true, problems: [] });
    const fromB = (await gql(1, tokens(1).AUDITOR, DIGEST)).integrityDigest;
    expect(fromB.keyFingerprint).toBe(fromA.keyFingerprint);
    // The check on B is a real one: a digest whose root was changed no longer holds there.
    const parsed = JSON.parse(fromA.file);
    const forged = JSON.stringify({
      ...parsed,
      root: parsed.root.replace(/^./, (c: string) => (c === '0' ? '1' : '0')),
    });
    expect((await gql(1, tokens(1).AUDITOR, CHECK, { digest: forged })).checkIntegrityDigest.holds).toBe(false);
    for (const dir of dirs) expect(existsSync(join(dir, SIGNING_KEY_FILE))).toBe(false);
  });

  it('appends each ObligationBecameOverdue once, though the overdue watcher runs on both', async () => {
    const activities = PAST_DUE.map((a) => ({ ...a, title: `Aktivitet ${a.activityId}`, indicators: ['antal'] }));
    await adopt(2025, activities, [{ name: 'Agnes Antagarsson', organisation: 'AV' }]);
    const expected = PAST_DUE.map((a) => `planActivity_2025_${a.activityId}`);
    for (let tries = 0; tries < 200; tries++) {
      const ids = await overdueEvents();
      if (expected.every((id) => ids.includes(id))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Both replicas caught up, then several more checks on each: none may append again.
    await Promise.all([ready(0), ready(1)]);
    await new Promise((r) => setTimeout(r, 1500));
    const ids = await overdueEvents();
    expect(ids).toEqual(expect.arrayContaining(expected));
    expect(new Set(ids).size).toBe(ids.length);
    const [onA, onB] = await Promise.all(
      [0, 1].map(async (replica) => (await gql(replica, tokens(replica).STEERING_GROUP, OBLIGATIONS)).obligations),
    );
    expect(onB).toEqual(onA);
    const marked = onB.edges.filter((e: any) => expected.includes(e.node.id));
    expect(marked.map((e: any) => e.node.overdueRecord)).toEqual([expect.any(Object), expect.any(Object)]);
  });

  it('keeps accepting commands on B while A is killed mid-writes; after A restarts both answer the same', async () => {
    const sg = tokens(0).STEERING_GROUP;
    const draft = (replica: number, year: number) =>
      gql(replica, sg, DRAFT, { input: { ...draft2025, year, commandId: randomUUID() } });
    const throughB: Promise<unknown>[] = [];
    // Settled as they go: the writes A is killed under may fail, and must not fail the test unheard.
    const throughA: Promise<{ year: number; landed: boolean }>[] = [];
    let killed: Promise<unknown> = Promise.resolve();
    for (let year = 2040; year < 2052; year += 2) {
      const landed = draft(0, year).then(
        () => true,
        () => false,
      );
      throughA.push(landed.then((ok) => ({ year, landed: ok })));
      throughB.push(draft(1, year + 1));
      // A crashes with writes of its own in flight: no drain, no goodbye to the store or PostgreSQL.
      if (year === 2044) killed = stop(replicas[0], 'SIGKILL');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await killed).toBe('SIGKILL');
    await expect(draft(0, 2059)).rejects.toThrow('fetch failed');
    await Promise.all(throughB);
    await draft(1, 2060);
    const acknowledgedByA = (await Promise.all(throughA)).filter((w) => w.landed).map((w) => w.year);

    replicas[0] = await start(0);
    await Promise.all([ready(0), ready(1)]);
    const [onA, onB] = await Promise.all([plans(0), plans(1)]);
    expect(onB.map((e: { node: { year: number } }) => e.node.year)).toEqual(
      expect.arrayContaining([2025, 2030, 2041, 2043, 2045, 2047, 2049, 2051, 2060, ...acknowledgedByA]),
    );
    expect(onA).toEqual(onB);
    // The restarted A checks again at once; it must still find everything marked.
    await new Promise((r) => setTimeout(r, 1000));
    const ids = await overdueEvents();
    expect(new Set(ids).size).toBe(ids.length);
  }, 180_000);
});
