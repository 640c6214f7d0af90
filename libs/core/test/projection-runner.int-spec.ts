import { randomUUID } from 'node:crypto';
import { RecordedEvent, SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog } from '../src/catalog/event-catalog';
import { Projection } from '../src/projections/projection';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ProjectionTimeout } from '../src/errors/domain-errors';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { openScratchProjections } from '../src/testing/scratch-projections';
import { addStep, counter, stepsSummary, upcastingCatalog } from './counting-projection';

const event = (type = 'Counted', data: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type,
  data,
  metadata,
});

describe('ProjectionRunner', () => {
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  let close: () => Promise<void>;
  let runner: ProjectionRunner | undefined;
  const count = (name: string) =>
    (readModels.db.prepare(`SELECT COUNT(*) AS n FROM count_${name}`).get() as { n: number }).n;
  const started = async (projections: Projection[], catalog = new EventCatalog(), onError?: (e: Error) => void) => {
    runner = new ProjectionRunner(store, readModels, catalog, projections, onError);
    await runner.start();
    return runner;
  };

  beforeEach(() => ({ store, readModels, close } = openScratchProjections()));
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await close();
  });

  describe('waiting for a position', () => {
    it('answers at once for no position, and for one every projection has applied', async () => {
      const { position } = await store.append('many-1', [event()]);
      const idle = new ProjectionRunner(store, readModels, new EventCatalog(), [counter('many', 1, [])]);
      await expect(idle.waitFor(null, 1)).resolves.toBeUndefined();
      const runner = await started([counter('many', 1, [])]);
      await runner.waitFor(position, 3_000);
      await expect(runner.waitFor(position, 1)).resolves.toBeUndefined();
      await expect(runner.waitFor(position - 1n, 1)).resolves.toBeUndefined();
    });

    it('answers a position once it is applied, and times out on one not yet stored, naming both', async () => {
      const runner = await started([counter('many', 1, [])]);
      const first = runner.waitFor(1n, 3_000);
      const { position } = await store.append('many-1', [event()]);
      await expect(first).resolves.toBeUndefined();
      const timedOut = runner.waitFor(position + 1n, 30);
      await expect(timedOut).rejects.toThrow(ProjectionTimeout);
      await expect(timedOut).rejects.toMatchObject({ position: position + 1n, timeoutMs: 30 });
    });

    it('keeps waiting for the others when one waiter times out', async () => {
      const runner = await started([counter('many', 1, [])]);
      const patient = runner.waitFor(1n, 3_000);
      await expect(runner.waitFor(1n, 10)).rejects.toThrow(ProjectionTimeout);
      await store.append('many-1', [event()]);
      await expect(patient).resolves.toBeUndefined();
    });

    it('keeps a waiter beyond the batch applied, and answers it with the batch that reaches it', async () => {
      const runner = await started([counter('many', 1, [])]);
      const { position } = await store.append('many-1', [event()]);
      const later = runner.waitFor(position + 1n, 3_000);
      let answered = false;
      void later.then(() => (answered = true));
      await runner.waitFor(position, 3_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      await store.append('many-2', [event()]);
      await expect(later).resolves.toBeUndefined();
    });
  });

  it('feeds each projection only its categories, and one without categories every event', async () => {
    const applied: string[] = [];
    await store.append('many-1', [event()]);
    await store.append('few-1', [event()]);
    const runner = await started([counter('few', 1, applied), counter('all', 1, applied, null)]);
    await store.append('many-2', [event()]);
    await store.append('few-2', [event()]);
    await runner.waitFor(await store.headPosition(), 3_000);
    expect([count('few'), count('all')]).toEqual([2, 4]);
    expect(runner.position).toBe(await store.headPosition());
    expect(Object.fromEntries(runner.checkpointsByProjection)).toEqual({
      'test.few': runner.position,
      'test.all': runner.position,
    });
  });

  it('tells a listener each batch once its rows can be read, until it stops listening', async () => {
    const runner = await started([counter('many', 1, [])]);
    const heard: Array<[number, number]> = [];
    const stop = runner.onApplied((events: RecordedEvent[]) => heard.push([events.length, count('many')]));
    const { position } = await store.append('many-1', [event(), event()]);
    await runner.waitFor(position, 3_000);
    expect(heard).toEqual([[2, 2]]);
    stop();
    await runner.waitFor((await store.append('many-2', [event()])).position, 3_000);
    expect(heard).toEqual([[2, 2]]);
  });

  it('feeds a projection the data of an older schema upcast to the current shape', async () => {
    const catalog = upcastingCatalog('door', 'DoorOpened', (data) => ({ ...(data as object), width: 90 }));
    const seen: unknown[] = [];
    const doors: Projection = { ...counter('door', 1, []), apply: (_, e) => void seen.push(e.data) };
    await store.append('door-1', [event('DoorOpened', { id: 1 }, { schemaVersion: 1 })]);
    await store.append('door-2', [event('DoorOpened', { id: 2, width: 80 }, { schemaVersion: 2 })]);
    await store.append('door-3', [event('DoorPainted', { id: 3 })]);
    const runner = await started([doors], catalog);
    await runner.waitFor(await store.headPosition(), 3_000);
    expect(seen).toEqual([{ id: 1, width: 90 }, { id: 2, width: 80 }, { id: 3 }]);
  });

  it('feeds an upcast copy that the catalog reads as current, so nothing is upcast twice', async () => {
    const catalog = upcastingCatalog('door', 'DoorOpened', addStep, stepsSummary);
    const summaries: string[] = [];
    const doors: Projection = {
      ...counter('door', 1, []),
      apply: (_, e) => void summaries.push(catalog.summarize(e), JSON.stringify(catalog.currentData(e))),
    };
    const { position } = await store.append('door-1', [event('DoorOpened', { id: 1 }, { schemaVersion: 1 })]);
    const runner = await started([doors], catalog);
    await runner.waitFor(position, 3_000);
    expect(summaries).toEqual(['steps +', '{"id":1,"steps":"+"}']);
  });
});
