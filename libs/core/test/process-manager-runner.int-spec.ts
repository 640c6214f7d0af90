import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { defineRules } from '../src/errors/rules';
import { DomainRuleViolation } from '../src/errors/domain-errors';
import { EventCatalog } from '../src/catalog/event-catalog';
import { ProcessManager } from '../src/process/process-manager';
import { ProcessManagerRunner } from '../src/process/process-manager-runner';
import { ProjectedEvent } from '../src/projections/projection';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { openScratchProjections } from '../src/testing/scratch-projections';
import { addStep, stepsSummary, upcastingCatalog } from './counting-projection';

const event = (type = 'Happened') => ({ id: randomUUID(), type, data: {}, metadata: {} });

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The durable subscription behind process managers: checkpoints, restarts, retries. */
describe('ProcessManagerRunner', () => {
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  let close: () => Promise<void>;
  const runners: ProcessManagerRunner[] = [];
  const log = { failed: jest.fn(), skipped: jest.fn() };

  const recorder = (handle: (e: ProjectedEvent) => Promise<void> = async () => undefined) => {
    const seen: string[] = [];
    const manager: ProcessManager = {
      name: 'test.recorder',
      categories: ['watched'],
      handle: async (e) => {
        await handle(e);
        seen.push(e.id);
      },
    };
    return { manager, seen };
  };
  const run = (manager: ProcessManager) => {
    const runner = new ProcessManagerRunner(store, readModels, new EventCatalog(), [manager], log);
    runners.push(runner);
    runner.start();
    return runner;
  };

  beforeEach(() => {
    ({ store, readModels, close } = openScratchProjections());
    log.failed.mockReset();
    log.skipped.mockReset();
  });
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    await close();
  });

  it('given an event of an older schema, then it is handled in its current shape, read by the catalog as current', async () => {
    const catalog = upcastingCatalog('watched', 'Happened', addStep, stepsSummary);
    const read: string[] = [];
    const manager: ProcessManager = {
      name: 'test.reader',
      categories: ['watched'],
      handle: async (e) => void read.push(JSON.stringify(e.data), catalog.summarize(e)),
    };
    const runner = new ProcessManagerRunner(store, readModels, catalog, [manager], log);
    runners.push(runner);
    runner.start();
    await store.append('watched-1', [{ ...event(), metadata: { schemaVersion: 1 } }]);
    await until(() => read.length === 2);
    expect(read).toEqual(['{"steps":"+"}', 'steps +']);
  });

  it('given its checkpoint moved past events it never saw, then on start it handles only those after', async () => {
    const { manager, seen } = recorder();
    await store.append('watched-1', [event(), event()]);
    const head = (await store.headPosition())!;
    const writer = new ProcessManagerRunner(store, readModels, new EventCatalog(), [manager], log);
    writer.handledUpTo(manager, head);
    expect(writer.checkpoint(manager)).toBe(head);
    const later = event();
    await store.append('watched-1', [later]);
    run(manager);
    await until(() => seen.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([later.id]);
  });

  it('given events of its categories, then it handles them in order, and no others', async () => {
    const { manager, seen } = recorder();
    const watched = [event(), event()];
    await store.append('watched-1', [watched[0]]);
    await store.append('other-1', [event()]);
    run(manager);
    await store.append('watched-2', [watched[1]]);
    await until(() => seen.length === 2);
    expect(seen).toEqual(watched.map((e) => e.id));
  });

  it('given a restart, then it resumes after its checkpoint: what it handled is not handled again, what came meanwhile is', async () => {
    const first = recorder();
    const before = [event(), event()];
    await store.append('watched-1', before);
    const runner = run(first.manager);
    await until(() => first.seen.length === 2);
    await runner.stop();
    expect(runner.checkpoint(first.manager)).not.toBeNull();

    const meanwhile = event();
    await store.append('watched-1', [meanwhile]);
    const second = recorder();
    run(second.manager);
    await until(() => second.seen.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second.seen).toEqual([meanwhile.id]);
  });

  it('given a passing failure, then it retries the same event before going on', async () => {
    let failures = 1;
    const { manager, seen } = recorder(async () => {
      if (failures-- > 0) throw new Error('store unreachable');
    });
    const events = [event(), event()];
    await store.append('watched-1', events);
    run(manager);
    await until(() => seen.length === 2);
    expect(seen).toEqual(events.map((e) => e.id));
    expect(log.failed).toHaveBeenCalledTimes(1);
  });

  it('given a command refused by a domain rule, then it logs it and goes on', async () => {
    const refused = event('Refused');
    const { manager, seen } = recorder(async (e) => {
      if (e.type === 'Refused') throw defineRules('test', { NOT_NOW: 'Not now.' }).violation('NOT_NOW', 'no');
    });
    const after = event();
    await store.append('watched-1', [refused, after]);
    const runner = run(manager);
    await until(() => seen.length === 1);
    expect(seen).toEqual([after.id]);
    expect(log.skipped).toHaveBeenCalledWith('test.recorder', expect.any(BigInt), expect.any(DomainRuleViolation));
    await until(() => runner.checkpoint(manager) !== null && runner.checkpoint(manager)! >= 2n);
  });

  it('settles once every event of its categories is handled, and not before', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { manager, seen } = recorder(() => gate);
    await store.append('watched-1', [event(), event()]);
    const runner = run(manager);
    await expect(runner.settle(150)).rejects.toThrow(/did not settle/);
    release();
    await runner.settle(3_000);
    expect(seen).toHaveLength(2);
  });
});
