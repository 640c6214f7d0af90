import { EventStore, StreamDeletedError, WrongExpectedRevisionError } from '@samverkan/event-store';
import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { ConcurrencyConflict, DomainRuleViolation } from '../src/errors/domain-errors';
import { EventMetadata } from '../src/envelope/envelope';
import { loadState } from '../src/pipeline/load-state';
import { chainHash } from '../src/integrity/event-hash';
import { eventIdFor } from '../src/pipeline/event-ids';
import { openScratchWorkspace, ScratchWorkspace } from '../src/testing/scratch-workspace';
import { contextOf, counterCatalog, counterDecider, CounterCommand } from './counter.decider';

/**
 * What mutation testing found the pipeline's other tests leave loose (issue 29): commands that
 * append several events or none, reasons of blanks, corrections of an earlier event than the last,
 * the retry limit, store failures that are not conflicts, the replayed result and loadState.
 */
const now = new Date('2025-03-20T10:00:00Z');
const each = (...steps: number[]): CounterCommand => ({ type: 'IncrementEach', data: { steps }, metadata: { now } });
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by }, metadata: { now } });
const check: CounterCommand = { type: 'Check', data: {}, metadata: { now } };
const reset = (reason?: string): CounterCommand => ({ type: 'Reset', data: {}, metadata: { now }, reason });
const actor = { id: 'dev-steering-group', organisation: 'FK', role: 'STEERING_GROUP' };
const context = (extra: Partial<CommandContext> = {}) => contextOf(actor, extra);
const metadataOf = (event: { metadata: unknown }) => event.metadata as EventMetadata;
/** A name-based (version 5) UUID of RFC 4122's variant, as event ids are. */
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('The command pipeline, pinned', () => {
  let workspace: ScratchWorkspace;
  const run = (command: CounterCommand, ctx: CommandContext, store: EventStore = workspace.store) =>
    handleCommand({ store, catalog: workspace.catalog }, 'counter-1', counterDecider, command, ctx);

  beforeEach(() => (workspace = openScratchWorkspace(counterCatalog())));
  afterEach(() => workspace.close());

  /** The scratch store, but every append goes through `append` first. */
  const storeWhoseAppend = (append: EventStore['append']): EventStore =>
    new Proxy(workspace.store, {
      get: (target, key, receiver) => (key === 'append' ? append : Reflect.get(target, key, receiver)),
    });

  describe('given a command that appends three events', () => {
    it('gives each its own id, derived from the command id and its place, and the next revisions', async () => {
      await run(increment(1), context());
      const ctx = context();
      const result = await run(each(1, 2, 3), ctx);
      const stored = await workspace.store.readStream('counter-1');
      const mine = stored.slice(1);
      expect(mine.map((e) => e.revision)).toEqual([1, 2, 3]);
      expect(mine.map((e) => e.id)).toEqual([0, 1, 2].map((i) => eventIdFor(ctx.commandId, i)));
      expect(new Set(mine.map((e) => e.id)).size).toBe(3);
      for (const event of mine) expect(event.id).toMatch(UUID_V5);
      expect(result).toMatchObject({ revision: 3, position: stored[3].position, replayed: false });
      expect(result.events.map((e) => e.data)).toEqual([{ by: 1 }, { by: 2 }, { by: 3 }]);
    });

    it('links each to the one before it, at its own revision, so the chain verifies', async () => {
      await run(increment(1), context());
      await run(each(1, 2, 3), context());
      let previous: string | null = null;
      for (const event of await workspace.store.readStream('counter-1')) {
        expect(metadataOf(event).chainHash).toBe(chainHash(previous, event));
        // The same content one revision off hashes otherwise: the revision is part of the link.
        expect(chainHash(previous, { ...event, revision: event.revision + 1 })).not.toBe(metadataOf(event).chainHash);
        previous = metadataOf(event).chainHash ?? null;
      }
    });

    it('answers a retry of it with the same three events, the last revision and position', async () => {
      const ctx = context();
      const first = await run(each(1, 2, 3), ctx);
      await run(increment(1), context());
      const retry = await run(each(1, 2, 3), ctx);
      expect(retry).toEqual({ ...first, replayed: true });
      expect(retry.events).toEqual([1, 2, 3].map((by) => ({ type: 'Incremented', data: { by } })));
    });
  });

  describe('when the decider decides nothing', () => {
    it('appends nothing and answers with the stream as it stands', async () => {
      await run(increment(2), context());
      const [head] = await workspace.store.readStream('counter-1');
      expect(await run(check, context())).toEqual({
        stream: 'counter-1',
        revision: 0,
        position: head.position,
        replayed: false,
        events: [],
      });
      expect(await workspace.store.readStream('counter-1')).toHaveLength(1);
    });

    it('answers revision -1 and no position for a stream that does not exist', async () => {
      expect(await run(check, context())).toMatchObject({ revision: -1, position: null, events: [] });
      expect(await workspace.store.readStream('counter-1')).toEqual([]);
    });
  });

  describe('a decision reason', () => {
    it.each([[''], ['   '], ['\t\n']])('of only blanks (%j) is no reason, and nothing is appended', async (reason) => {
      await expect(run(reset(reason), context())).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
      expect(await workspace.store.readStream('counter-1')).toEqual([]);
    });

    it('is stored without the blanks around it', async () => {
      await run(reset('  Ny period \n'), context());
      const [event] = await workspace.store.readStream('counter-1');
      expect(metadataOf(event).reason).toBe('Ny period');
    });
  });

  describe('a correction', () => {
    it('may cite an earlier event than the last of its stream', async () => {
      await run(each(1, 2), context());
      await run(increment(3), context());
      const [first] = await workspace.store.readStream('counter-1');
      await run(increment(1), context({ correction: { corrects: first.id, reason: 'Fel steg' } }));
      const stored = await workspace.store.readStream('counter-1');
      expect(stored).toHaveLength(4);
      expect(metadataOf(stored[3]).correction).toEqual({ corrects: first.id, reason: 'Fel steg' });
    });

    it('refuses an id that no event of the stream has, however many events it holds', async () => {
      await run(each(1, 2, 3), context());
      const stored = await workspace.store.readStream('counter-1');
      const unknown = eventIdFor('never-sent', 0);
      await expect(
        run(increment(1), context({ correction: { corrects: unknown, reason: 'x' } })),
      ).rejects.toMatchObject({ code: 'CORRECTED_EVENT_NOT_FOUND' });
      expect(await workspace.store.readStream('counter-1')).toEqual(stored);
    });
  });

  describe('when the store keeps failing', () => {
    it('re-decides an unforced race eight times, then answers with a conflict naming both revisions', async () => {
      let attempts = 0;
      const store = storeWhoseAppend(async (stream) => {
        attempts++;
        throw new WrongExpectedRevisionError(stream, 'no_stream', 4);
      });
      const refusal = run(increment(1), context(), store);
      await expect(refusal).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(refusal).rejects.toMatchObject({ expected: -1, actual: 4 });
      expect(attempts).toBe(8);
    });

    it('tries a race the caller forced once only', async () => {
      await run(increment(1), context());
      let attempts = 0;
      const store = storeWhoseAppend(async (stream) => {
        attempts++;
        throw new WrongExpectedRevisionError(stream, 0, 'no_stream');
      });
      await expect(run(increment(1), context({ expectedRevision: 0 }), store)).rejects.toMatchObject({
        expected: 0,
        actual: -1,
      });
      expect(attempts).toBe(1);
    });

    it('passes on a failure that is not a conflict at once, without trying again', async () => {
      let attempts = 0;
      const diskFull = new Error('SQLITE_FULL: database or disk is full');
      const store = storeWhoseAppend(async () => {
        attempts++;
        throw diskFull;
      });
      await expect(run(increment(1), context(), store)).rejects.toBe(diskFull);
      expect(attempts).toBe(1);
    });
  });

  describe('loadState', () => {
    it('folds a stream to its state and revision', async () => {
      await run(each(1, 2), context());
      await run(increment(4), context());
      expect(await loadState(workspace, 'counter-1', counterDecider)).toEqual({ state: 7, revision: 2 });
      await run(reset('Ny period'), context());
      expect(await loadState(workspace, 'counter-1', counterDecider)).toEqual({ state: 0, revision: 3 });
    });

    it('gives the initial state and revision -1 for a stream that does not exist', async () => {
      expect(await loadState(workspace, 'counter-9', counterDecider)).toEqual({ state: 0, revision: -1 });
    });
  });
});

describe('A stream deleted for good in the event store', () => {
  let workspace: ScratchWorkspace;
  beforeEach(() => (workspace = openScratchWorkspace(counterCatalog())));
  afterEach(() => workspace.close());

  /** The scratch store, but `method` answers as EventStoreDB does for a tombstoned stream. */
  const tombstoned = (method: 'readStream' | 'append'): EventStore =>
    new Proxy(workspace.store, {
      get: (target, key, receiver) =>
        key === method
          ? async (stream: string) => {
              throw new StreamDeletedError(stream);
            }
          : Reflect.get(target, key, receiver),
    });

  it.each([['readStream' as const], ['append' as const]])(
    'refuses a command with STREAM_DELETED naming the stream when %s finds it deleted',
    async (method) => {
      const refusal = handleCommand(
        { store: tombstoned(method), catalog: workspace.catalog },
        'counter-1',
        counterDecider,
        increment(1),
        context(),
      );
      await expect(refusal).rejects.toBeInstanceOf(DomainRuleViolation);
      await expect(refusal).rejects.toMatchObject({ code: 'STREAM_DELETED', details: { stream: 'counter-1' } });
    },
  );
});
