import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DEFAULT_REGIONS, PersonDirectory } from '@samverkan/core';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import { EsdbEventStore } from '@samverkan/event-store';
import {
  checkDigest,
  createDigest,
  sharedSigningKey,
  sharedTrustedPublicKey,
  SIGNING_KEY_FILE,
} from '@samverkan/audit';
import { demoYear, seedTipYear } from '@samverkan/demo';
import { demoSendOf } from '../support/demo-workspace';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { ADD_ACTIVITY, ADOPT, decision, DRAFT, draft2025, SUBMIT, tipRoutineActivity } from '../support/plan-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SG = 'STEERING_GROUP';
const PLANS =
  '{ collaborationPlans { edges { node { year revision status decisions { decidedBy { personId name } } } } } }';
const ERASE = 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { name erased } } }';
const MEMBERS = [
  { name: 'Rebecka Replikasson', organisation: 'FK' },
  { name: 'Sixten Sambandsson', organisation: 'AV' },
];

/**
 * Issue 26: two API replicas, each with its own DATA_DIR (read models), on one EventStoreDB (the
 * in-process protocol server) and one PostgreSQL (a schema of this file's own). They run in this
 * test's process as two Nest applications, each with its own connections, subscription, listener
 * and overdue watcher, as two processes would have.
 */
describeWithPostgres('Two API replicas on one EventStoreDB and one PostgreSQL', () => {
  const scratch = scratchSchema();
  const dirs = { a: mkdtempSync(join(tmpdir(), 'samverkan-a-')), b: mkdtempSync(join(tmpdir(), 'samverkan-b-')) };
  let server: EventStoreProtocolServer;
  let store: EsdbEventStore;
  let a: TestApp;
  let b: TestApp;
  let members: { personId: string; name: string }[];
  const shared = () => ({
    EVENTSTORE_CONNECTION_STRING: server.connectionString,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: scratch.schema,
    OVERDUE_CHECK_INTERVAL_MS: '200',
    LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent',
  });
  const start = (dataDir: string) => startTestApp({ dataDir, env: shared() });
  /** Ready means caught up with the store: after it, the replica's reads include every earlier write. */
  const ready = async (t: TestApp) => {
    for (let tries = 0; tries < 100; tries++) {
      if ((await request(t.app.getHttpServer()).get('/health/ready')).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never ready');
  };
  const ok = async (t: TestApp, role: string, query: string, input: Record<string, unknown>) => {
    const res = await t.gql(role, query, { input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const plans = async (t: TestApp) => (await t.gql('AUDITOR', PLANS)).data.collaborationPlans.edges;

  beforeAll(async () => {
    // Plain Append, one call per append: with BatchAppend's one shared stream, a client closed while
    // its appends are answered throws inside @eventstore/db-client (an answer for an unknown batch).
    server = await startProtocolServer({ batchAppend: false });
    store = EsdbEventStore.connect(server.connectionString);
    [a, b] = await Promise.all([start(dirs.a), start(dirs.b)]);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    await server?.close();
    await scratch.drop();
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a decision member named through A by name through B, and B accepts the token A issued', async () => {
    const year = 2025;
    await ok(a, SG, DRAFT, { ...draft2025, year });
    await ok(a, SG, ADD_ACTIVITY, { year, activity: { ...tipRoutineActivity, dueDate: `${year}-12-31` } });
    await ok(a, SG, SUBMIT, { year });
    await ok(a, SG, ADOPT, {
      year,
      decision: { ...decision('SG-R1', 'Planen antas'), decidedBy: MEMBERS },
      reason: 'Förankrad',
    });
    await ready(b);
    const health = await request(b.app.getHttpServer()).get('/health/ready');
    expect(health.body.info.postgres).toEqual({ status: 'up' });
    const [plan] = await plans(b);
    members = plan.node.decisions[0].decidedBy;
    expect(members.map((m) => m.name)).toEqual(MEMBERS.map((m) => m.name));
    const withTokenOfA = await b.gql(a.tokens.AUDITOR, PLANS);
    expect(withTokenOfA.data.collaborationPlans.edges).toEqual(await plans(b));
  });

  it('erases through B, and A shows "raderad" in its very next answer', async () => {
    const [erased, kept] = members;
    const res = await ok(b, 'DATA_PROTECTION_OFFICER', ERASE, {
      personId: erased.personId,
      reason: 'Begäran, dnr 2026/77',
    });
    expect(res.erasePerson.person).toEqual({ name: 'raderad', erased: true });
    const [plan] = await plans(a);
    expect(plan.node.decisions[0].decidedBy).toEqual([
      { personId: erased.personId, name: 'raderad' },
      { personId: kept.personId, name: kept.name },
    ]);
    expect(a.app.get(PersonDirectory).find(erased.personId)).toMatchObject({ name: null, email: null });
  });

  it('verifies on B a digest made by A: one signing key, in PostgreSQL, in neither DATA_DIR', async () => {
    const replica = (dir: string) => ({
      DATA_DIR: dir,
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: scratch.schema,
    });
    const digest = await createDigest(store, await sharedSigningKey(replica(dirs.a)), new Date());
    const check = await checkDigest(store, digest, await sharedTrustedPublicKey(replica(dirs.b)));
    expect(check).toMatchObject({ holds: true });
    for (const dir of Object.values(dirs)) expect(existsSync(join(dir, SIGNING_KEY_FILE))).toBe(false);
  });

  it('appends each ObligationBecameOverdue once, though the overdue watcher runs on both', async () => {
    const shape = {
      impulses: 8,
      tips: 3,
      directActions: 1,
      indirectUses: 0,
      noActions: 0,
      awaitingOutcome: 2,
      dismissed: 1,
      open: 1,
    };
    await seedTipYear(demoSendOf(a), demoYear(2024, shape, DEFAULT_REGIONS));
    const overdue = async () =>
      (await store.readAll({ filter: { eventTypes: ['ObligationBecameOverdue'] } })).map(
        (e) => (e.data as { obligationId: string }).obligationId,
      );
    for (let tries = 0; (await overdue()).length < 2 && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 100));
    // Several more checks on both replicas: none may append again.
    await new Promise((r) => setTimeout(r, 1500));
    const ids = await overdue();
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps accepting commands on B while A is stopped mid-writes; after A restarts both answer the same', async () => {
    const writes: Promise<unknown>[] = [];
    for (let year = 2040; year < 2046; year++) {
      writes.push(ok(b, SG, DRAFT, { ...draft2025, year, commandId: randomUUID() }));
      if (year === 2042) writes.push(a.close());
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(writes);
    a = await start(dirs.a);
    await Promise.all([ready(a), ready(b)]);
    const [onA, onB] = await Promise.all([plans(a), plans(b)]);
    expect(onA.map((e: { node: { year: number } }) => e.node.year)).toEqual(
      expect.arrayContaining([2025, 2040, 2041, 2042, 2043, 2044, 2045]),
    );
    expect(onA).toEqual(onB);
    expect(a.app.get(PersonDirectory).count()).toBe(b.app.get(PersonDirectory).count());
  }, 120_000);
});
