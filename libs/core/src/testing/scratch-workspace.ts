import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import type { ModuleEvents } from '../domain/event-catalog';
import { DEFAULT_REGIONS } from '../kernel/regions';
import type { EndpointDeps } from '../endpoint/send-request';
import { SqlitePersonDirectory } from '../personal-data/sqlite-person-directory';

/** What endpoints run on in a test: a real SQLite store and person directory in a throwaway folder. */
export interface ScratchWorkspace extends EndpointDeps {
  store: SqliteEventStore;
  close(): Promise<void>;
}

/** A catalog of the modules' events, as the workspace registers them. */
export function catalogOf(modules: readonly ModuleEvents[]): EventCatalog {
  const catalog = new EventCatalog();
  for (const events of modules) catalog.register(events);
  return catalog;
}

/** Opens an empty store and person directory under the system's temp folder; `close` removes them. */
export function openScratchWorkspace(
  catalog: EventCatalog,
  env: { REGIONS: string[] } = { REGIONS: DEFAULT_REGIONS },
): ScratchWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-scratch-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const persons = new SqlitePersonDirectory(join(dir, 'personal-data.sqlite'));
  return {
    store,
    catalog,
    persons,
    env,
    async close() {
      persons.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
