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
 * Two API replicas (two Nest applications in the test's process, each with its own DATA_DIR and
 * read models) on one EventStoreDB and one scratch PostgreSQL schema, started before the suite's
 * tests and closed after them. Call inside a describeWithPostgres block. `env` adds to (or
 * overrides) the settings both replicas share. With `oneAfterTheOther` the first replica starts
 * alone and creates the schema's tables, as a deployment's first replica does.
 */
export function useTwoReplicas(
  options: { env?: Record<string, string>; oneAfterTheOther?: boolean } = {},
): TwoReplicas {
  const scratch = scratchSchema();
  const dirs = [mkdtempSync(join(tmpdir(), 'samverkan-a-')), mkdtempSync(join(tmpdir(), 'samverkan-b-'))];
  let server: EventStoreProtocolServer;
  let a: TestApp;
  let b: TestApp;
  const start = (dataDir: string) =>
    startTestApp({
      dataDir,
      env: {
        EVENTSTORE_CONNECTION_STRING: server.connectionString,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: scratch.schema,
        LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent',
        ...options.env,
      },
    });

  beforeAll(async () => {
    // Plain Append, one call per append: with BatchAppend's one shared stream, a client closed while
    // its appends are answered throws inside @eventstore/db-client (an answer for an unknown batch).
    server = await startProtocolServer({ batchAppend: false });
    if (options.oneAfterTheOther) {
      a = await start(dirs[0]);
      b = await start(dirs[1]);
    } else {
      [a, b] = await Promise.all(dirs.map(start));
    }
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    await scratch.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get a() {
      return a;
    },
    get b() {
      return b;
    },
  };
}
