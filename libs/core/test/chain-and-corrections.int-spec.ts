import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { CommandContext, EventCatalog, EventMetadata, handleCommand } from '../src';
import { chainHash } from '../src/integrity/event-hash';
import { counterDecider, CounterCommand, counterEvents } from './counter.decider';

const now = new Date('2025-03-20T10:00:00Z');
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by }, metadata: { now } });
const context = (extra: Partial<CommandContext> = {}): CommandContext => ({
  actor: { id: 'dev-steering-group', organisation: 'FK', role: 'STEERING_GROUP' },
  commandId: randomUUID(),
  correlationId: 'corr-1',
  ...extra,
});

describe('The command pipeline, for the audit trail', () => {
  let dir: string;
  let store: SqliteEventStore;
  const catalog = new EventCatalog();
  catalog.register(counterEvents);
  const run = (command: CounterCommand, ctx: CommandContext, stream = 'counter-1') =>
    handleCommand({ store, catalog }, stream, counterDecider, command, ctx);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-chain-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('given a stream written by several commands', () => {
    it('links every stored event to the one before it in its stream', async () => {
      await run(increment(1), context());
      await run(increment(2), context(), 'counter-2');
      await run(increment(3), context());
      const events = await store.readStream('counter-1');
      expect(events).toHaveLength(2);
      let previous: string | null = null;
      for (const event of events) {
        const expected = chainHash(previous, event);
        expect((event.metadata as unknown as EventMetadata).chainHash).toBe(expected);
        previous = expected;
      }
      const [other] = await store.readStream('counter-2');
      expect((other.metadata as unknown as EventMetadata).chainHash).toBe(chainHash(null, other));
    });
  });

  describe('when a command corrects an earlier event', () => {
    it('records the correction, citing the event and the reason, next to the unchanged original', async () => {
      await run(increment(1), context());
      const [original] = await store.readStream('counter-1');
      await run(increment(2), context({ correction: { corrects: original.id, reason: 'Fel antal angivet' } }));
      const [kept, correction] = await store.readStream('counter-1');
      expect(kept).toEqual(original);
      expect((correction.metadata as unknown as EventMetadata).correction).toEqual({ corrects: original.id, reason: 'Fel antal angivet' });
    });

    it('refuses a correction citing an event of another stream, and appends nothing', async () => {
      await run(increment(1), context(), 'counter-2');
      const [elsewhere] = await store.readStream('counter-2');
      await run(increment(1), context());
      await expect(run(increment(2), context({ correction: { corrects: elsewhere.id, reason: 'x' } }))).rejects.toMatchObject({
        code: 'CORRECTED_EVENT_NOT_FOUND',
      });
      expect(await store.readStream('counter-1')).toHaveLength(1);
    });

    it('refuses a correction without a reason', async () => {
      await run(increment(1), context());
      const [original] = await store.readStream('counter-1');
      await expect(run(increment(2), context({ correction: { corrects: original.id, reason: '  ' } }))).rejects.toMatchObject({
        code: 'REASON_REQUIRED',
      });
      expect(await store.readStream('counter-1')).toHaveLength(1);
    });
  });
});
