import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, SqliteEventStore } from '@samverkan/event-store';
import { CommandContext, CommandResult, handleCommand } from '../src/pipeline/handle-command';
import { ConcurrencyConflict, DomainRuleViolation } from '../src/errors/domain-errors';
import { chainHash, storedChainHash } from '../src/integrity/event-hash';
import { contextOf, counterCatalog, counterDecider, CounterCommand } from './counter.decider';

const now = new Date('2025-03-20T10:00:00Z');
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by }, metadata: { now } });
const actor = { id: 'dev-steering-group', organisation: 'FK', role: 'STEERING_GROUP' };
const context = (extra: Partial<CommandContext> = {}) => contextOf(actor, extra);

/** Each event's stored hash is the hash of its content linked to the one before it in its stream. */
function chainHolds(events: RecordedEvent[]): boolean {
  return events.every(
    (event, index) =>
      event.revision === index &&
      chainHash(index === 0 ? null : storedChainHash(events[index - 1].metadata), event) ===
        storedChainHash(event.metadata),
  );
}

describe('The command pipeline on the embedded store with group commit', () => {
  let dir: string;
  let store: SqliteEventStore;
  let commits: number;
  const catalog = counterCatalog();
  const run = (stream: string, command: CounterCommand, ctx: CommandContext = context()) =>
    handleCommand({ store, catalog }, stream, counterDecider, command, ctx);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-group-'));
    commits = 0;
    store = SqliteEventStore.open(join(dir, 'events.sqlite'), { afterCommit: async () => void commits++ });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('given a batch of commands sent at once, good ones mixed with refused and conflicting ones', () => {
    it('lands every good one, refuses each bad one alone with its typed error, and keeps every chain', async () => {
      // given
      await run('counter-seen', increment(1));
      await run('counter-seen', increment(1));
      const reusedId = context();
      await run('counter-owner', increment(1), reusedId);
      const retriedId = context();
      const first = await run('counter-retried', increment(1), retriedId);
      await run('counter-full', increment(10));
      commits = 0;

      // when
      const outcomes = await Promise.allSettled([
        run('counter-a', increment(1)),
        // Both saw revision 1: the first in the group lands, the second conflicts inside the group.
        run('counter-seen', increment(2), context({ expectedRevision: 1 })),
        run('counter-seen', increment(3), context({ expectedRevision: 1 })),
        // Its command id already made events in another stream.
        run('counter-other', increment(1), reusedId),
        run('counter-full', increment(1)),
        run('counter-retried', increment(1), retriedId),
        // No expected revision: the loser of this race is decided again and lands in a later group.
        run('counter-race', increment(1)),
        run('counter-race', increment(2)),
        run('counter-b', increment(4)),
      ]);

      // then
      const [good, seenFirst, seenSecond, reused, full, retried, raceOne, raceTwo, last] = outcomes;
      const value = (outcome: PromiseSettledResult<CommandResult>) =>
        outcome.status === 'fulfilled' ? outcome.value : undefined;
      const reason = (outcome: PromiseSettledResult<CommandResult>) =>
        outcome.status === 'rejected' ? (outcome.reason as unknown) : undefined;
      expect(value(good)).toMatchObject({ stream: 'counter-a', revision: 0, replayed: false });
      expect(value(seenFirst)).toMatchObject({ revision: 2 });
      expect(reason(seenSecond)).toBeInstanceOf(ConcurrencyConflict);
      expect(reason(seenSecond)).toMatchObject({ expected: 1, actual: 2 });
      expect(reason(reused)).toMatchObject({ code: 'COMMAND_ID_REUSED' });
      expect(reason(full)).toBeInstanceOf(DomainRuleViolation);
      expect(reason(full)).toMatchObject({ code: 'COUNTER_CEILING' });
      expect(value(retried)).toMatchObject({ replayed: true, position: first.position });
      expect([value(raceOne)?.revision, value(raceTwo)?.revision].sort()).toEqual([0, 1]);
      expect(value(last)).toMatchObject({ stream: 'counter-b', revision: 0 });

      // The refused commands appended nothing.
      const stream = (name: string) => store.readStream(name);
      expect((await stream('counter-seen')).map((e) => e.data)).toEqual([{ by: 1 }, { by: 1 }, { by: 2 }]);
      expect(await stream('counter-other')).toEqual([]);
      expect(await stream('counter-full')).toHaveLength(1);
      expect(await stream('counter-retried')).toHaveLength(1);
      // Every append of the batch went into one durable commit, the race's second try into another.
      expect(commits).toBe(2);
      for (const name of ['counter-a', 'counter-seen', 'counter-race', 'counter-b', 'counter-owner'])
        expect(chainHolds(await stream(name))).toBe(true);
    });
  });
});
