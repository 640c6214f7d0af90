import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_REGIONS, EVENT_STORE, ProjectionRunner, ReadModelDb } from '@samverkan/core';
import { EsdbEventStore, EventStore, RecordedEvent } from '@samverkan/event-store';
import { demoYear, seedTipYear } from '@samverkan/demo';
import { demoSendOf } from '../support/demo-workspace';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { runPlanStory } from '../support/plan-story';
import { startTestApp } from '../support/test-app';
import { tsNode } from '../support/ts-node';

const SMALL_YEAR = {
  impulses: 8,
  tips: 2,
  directActions: 1,
  indirectUses: 0,
  noActions: 1,
  awaitingOutcome: 0,
  dismissed: 1,
  open: 1,
};
const READS = `{ collaborationPlans { edges { node { year revision status activities { activityId status } } } }
  tipFunnel(year: 2024, groupBy: REGION) { total { impulses { value } tips { value } directActions { value } noActions { value } } } }`;

/** What must survive the move: everything of an event but where the store put it and when. */
const essence = (events: RecordedEvent[]) =>
  events.map(({ id, stream, revision, type, data, metadata }) => ({ id, stream, revision, type, data, metadata }));

/** `npm run cli -- migrate`, asynchronously: the protocol server lives in this process. */
async function migrate(dataDir: string, to: string): Promise<string> {
  const { command, args, options } = tsNode('apps/cli/src/main.ts', ['migrate', '--to', to], { DATA_DIR: dataDir });
  const { stdout } = await promisify(execFile)(command, args, { ...options, encoding: 'utf8' });
  return stdout;
}

describe('Moving an embedded workspace onto EventStoreDB', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-migrate-'));
  let server: EventStoreProtocolServer;
  let embedded: RecordedEvent[];
  let readsBefore: unknown;

  beforeAll(async () => {
    server = await startProtocolServer();
    const t = await startTestApp({ dataDir });
    await runPlanStory(t, 2025);
    await seedTipYear(demoSendOf(t), demoYear(2024, SMALL_YEAR, DEFAULT_REGIONS));
    await runPlanStory(t, 2026);
    embedded = await t.app.get<EventStore>(EVENT_STORE).readAll();
    readsBefore = (await t.gql('COLLABORATION_OFFICER', READS)).data;
    await t.close();
  }, 60_000);
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every stream in order, keeping ids, types, data, metadata and revisions; a second run adds nothing', async () => {
    expect(await migrate(dataDir, server.connectionString)).toMatch(
      new RegExp(`Copied ${embedded.length} events to EventStoreDB \\(0 were already there\\)`),
    );
    const target = EsdbEventStore.connect(server.connectionString);
    try {
      const copied = await target.readAll();
      // Same $all order, so every stream keeps its order and the interleaving of streams too.
      expect(essence(copied)).toEqual(essence(embedded));
      expect(await migrate(dataDir, server.connectionString)).toMatch(
        new RegExp(`Copied 0 events to EventStoreDB \\(${embedded.length} were already there\\)`),
      );
      expect(await target.readAll()).toHaveLength(embedded.length);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('then serves the same workspace from EventStoreDB, its read models rebuilt from there', async () => {
    const t = await startTestApp({ dataDir, env: { EVENTSTORE_CONNECTION_STRING: server.connectionString } });
    try {
      // The server answers at once and catches up in the background (health shows the lag).
      const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
      await t.app.get(ProjectionRunner).waitFor(head, 10_000);
      expect((await t.gql('COLLABORATION_OFFICER', READS)).data).toEqual(readsBefore);
      const timeline = t.app
        .get(ReadModelDb)
        .db.prepare('SELECT count(*) AS n, max(position) AS last FROM timeline')
        .safeIntegers(true)
        .get() as {
        n: bigint;
        last: bigint;
      };
      expect(timeline).toEqual({ n: BigInt(embedded.length), last: head });
    } finally {
      await t.close();
    }
  }, 60_000);

  it('refuses a missing embedded store or a connection string that is not EventStoreDB', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'samverkan-migrate-empty-'));
    try {
      await expect(migrate(empty, server.connectionString)).rejects.toMatchObject({
        stderr: expect.stringMatching(/No embedded store at/),
      });
      await expect(migrate(dataDir, 'postgres://db/samverkan')).rejects.toMatchObject({
        stderr: expect.stringMatching(/EVENTSTORE_CONNECTION_STRING=\(hidden\): must be an esdb/),
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    // Two CLI processes compiled on the fly: about 28 s alone, more under the full suite's load.
  }, 60_000);
});
