import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog } from '../src/catalog/event-catalog';
import { scanCategory } from '../src/pipeline/load-state';
import { CounterEvent, counterEvents } from './counter.decider';

const stored = (type: string, data: Record<string, unknown>) => ({ id: randomUUID(), type, data, metadata: {} });

describe('Scanning a category', () => {
  let dir: string;
  let store: SqliteEventStore;
  const catalog = new EventCatalog();
  catalog.register(counterEvents);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-scan-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    await store.append('counter-2', [stored('Incremented', { by: 2 }), stored('CounterReset', {})]);
    // A category whose name merely starts like the scanned one is another category.
    await store.append('counterArchive-1', [stored('Incremented', { by: 9 })]);
    await store.append('counter-1', [stored('Incremented', { by: 1 })]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the events of the types asked for in every stream of the category, in store order, with their streams', async () => {
    expect(await scanCategory<CounterEvent>({ store, catalog }, 'counter', ['Incremented'])).toEqual([
      { stream: 'counter-2', type: 'Incremented', data: { by: 2 } },
      { stream: 'counter-1', type: 'Incremented', data: { by: 1 } },
    ]);
  });
});
