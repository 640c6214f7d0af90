import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import { EventStoreProtocolServer, startProtocolServer } from './esdb/protocol-server';
import { startTestApp, TestApp } from './test-app';

export interface TwoReplicas {
  readonly a: TestApp;
  readonly b: TestApp;
}

/**
 * Two API replicas as two Nest applications in the test's process, each with its own DATA_DIR and
 * connections, on one EventStoreDB (the protocol server) and one scratch PostgreSQL schema: started
 * before the suite, closed and removed after it. `env` adds settings both replicas get.
 */
export function twoReplicas(env: Record<string, string>, start: 'together' | 'a first'): TwoReplicas {
  const scratch = scratchSchema();
  const dirs = [mkdtempSync(join(tmpdir(), 'samverkan-a-')), mkdtempSync(join(tmpdir(), 'samverkan-b-'))];
  let server: EventStoreProtocolServer | undefined;
  let replicas: TestApp[] = [];
  const startIn = (dataDir: string) =>
    startTestApp({
      dataDir,
      env: {
        EVENTSTORE_CONNECTION_STRING: (server as EventStoreProtocolServer).connectionString,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: scratch.schema,
        LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent',
        ...env,
      },
    });

  beforeAll(async () => {
    // Plain Append, one call per append: with BatchAppend's one shared stream, a client closed while
    // its appends are answered throws inside @eventstore/db-client (an answer for an unknown batch).
    server = await startProtocolServer({ batchAppend: false });
    if (start === 'together') replicas = await Promise.all(dirs.map(startIn));
    // One after the other: the first creates the schema's tables, as a deployment's first replica does.
    else for (const dir of dirs) replicas.push(await startIn(dir));
  }, 120_000);
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await server?.close();
    await scratch.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get a() {
      return replicas[0];
    },
    get b() {
      return replicas[1];
    },
  };
}
