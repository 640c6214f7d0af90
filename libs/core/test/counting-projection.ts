import type { EventStore, SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog } from '../src/catalog/event-catalog';
import { Projection } from '../src/projections/projection';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { openScratchProjections } from '../src/testing/scratch-projections';

/**
 * A projection counting the events of its categories (every event for null) into a table of its
 * own, one row per position, and each call of apply into `applied`, so a test sees what it was fed.
 */
export function counter(
  name: string,
  version: number,
  applied: string[],
  categories: string[] | null = [name],
): Projection {
  const table = `count_${name}`;
  return {
    name: `test.${name}`,
    version,
    categories: categories ?? undefined,
    setup: (db) => db.exec(`CREATE TABLE IF NOT EXISTS ${table} (position INTEGER PRIMARY KEY)`),
    reset: (db) => db.exec(`DROP TABLE IF EXISTS ${table}`),
    apply(db, e) {
      applied.push(name);
      db.prepare(`INSERT OR IGNORE INTO ${table} (position) VALUES (?)`).run(e.position);
    },
  };
}

/**
 * A scratch store and read models for each test (read them from `scratch` inside a test), runners
 * on them, and every runner a test made stopped after it.
 */
export function scratchRunners() {
  const scratch = {} as { store: SqliteEventStore; readModels: ReadModelDb; close: () => Promise<void> };
  const runners: ProjectionRunner[] = [];
  beforeEach(() => Object.assign(scratch, openScratchProjections()));
  afterEach(async () => {
    for (const made of runners.splice(0)) await made.stop();
    await scratch.close();
  });
  const runner = (projections: Projection[], onStore: EventStore = scratch.store, onError?: (error: Error) => void) => {
    const made = new ProjectionRunner(onStore, scratch.readModels, new EventCatalog(), projections, onError);
    runners.push(made);
    return made;
  };
  const caughtUp = async (made: ProjectionRunner) => {
    await made.start();
    await made.waitFor(await scratch.store.headPosition(), 3_000);
    return made;
  };
  return { scratch, runner, caughtUp };
}

/**
 * A catalog whose one event type is at schema version 2, upcast from version 1 by `upcast`; its
 * summary is `summary` of the current data.
 */
export function upcastingCatalog(
  category: string,
  type: string,
  upcast: (data: unknown) => unknown,
  summary: (data: unknown) => string = () => type,
): EventCatalog {
  const catalog = new EventCatalog();
  catalog.register({
    module: 'test',
    categories: [category],
    definitions: { [type]: { kind: 'action', schemaVersion: 2, summary, upcast } },
  });
  return catalog;
}

/** Not idempotent: each upcast adds a step, so a second one shows in the data and the summary. */
export const addStep = (data: unknown) => ({
  ...(data as object),
  steps: `${(data as { steps?: string }).steps ?? ''}+`,
});
export const stepsSummary = (data: unknown) => `steps ${(data as { steps: string }).steps}`;
