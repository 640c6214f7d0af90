import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';
import { ReadModelDb } from '../read-model/read-model-db';

/** What a projection runner runs on in a test: a real SQLite store and read-model database. */
export interface ScratchProjections {
  store: SqliteEventStore;
  readModels: ReadModelDb;
  /** Closes both and removes their folder. */
  close(): Promise<void>;
}

/** Opens both, empty, in a throwaway folder; the store polls every 20 ms, so live events come soon. */
export function openScratchProjections(): ScratchProjections {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-projections-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  const readModels = new ReadModelDb(join(dir, 'read-models.sqlite'));
  return {
    store,
    readModels,
    async close() {
      await store.close();
      readModels.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
