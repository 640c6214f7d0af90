import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';
import { ReadModelDb } from '../read-model/read-model-db';

export interface ScratchStore {
  readonly store: SqliteEventStore;
  readonly readModels: ReadModelDb;
}

/**
 * A SQLite store (polled every 20 ms, so that subscriptions follow quickly) and read models in a
 * throwaway folder, opened before each test and removed after it. Declare it before the suite's
 * own hooks: they then run on an open store, and whatever they start must be stopped in the test.
 */
export function useScratchStore(prefix: string): ScratchStore {
  let dir: string;
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `samverkan-${prefix}-`));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
    readModels = new ReadModelDb(join(dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    readModels.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get store() {
      return store;
    },
    get readModels() {
      return readModels;
    },
  };
}
