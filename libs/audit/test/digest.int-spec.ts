import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { chainHash, Command, Decider, DomainEvent, EventCatalog, handleCommand } from '@samverkan/core';
import { checkDigest, createDigest, IntegrityDigest, SIGNING_KEY_FILE, walkChains, workspaceSigningKey } from '../src';
import { rootOf } from '../src/integrity/digest';

type CounterCommand = Command<'Increment', { by: number }>;
type Incremented = DomainEvent<'Incremented', { by: number }>;
const counterDecider: Decider<CounterCommand, Incremented, number> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
  decide: (command) => [{ type: 'Incremented', data: { by: command.data.by } }],
};
const counterEvents = {
  module: 'counter',
  categories: ['counter'],
  definitions: { Incremented: { kind: 'action' as const, schemaVersion: 1, summary: () => 'Räknaren ökade' } },
};

const now = new Date('2025-03-20T10:00:00Z');
const increment: CounterCommand = { type: 'Increment', data: { by: 1 }, metadata: { now } };
const actor = { id: 'dev-auditor', organisation: 'FK', role: 'AUDITOR' };

describe('Integrity digests', () => {
  let dir: string;
  let store: SqliteEventStore;
  const catalog = new EventCatalog();
  catalog.register(counterEvents);
  const run = (stream: string) =>
    handleCommand({ store, catalog }, stream, counterDecider, increment, { actor, commandId: randomUUID(), correlationId: 'c' });
  const digestNow = () => createDigest(store, workspaceSigningKey(dir), now);
  const sql = (statement: string, ...params: unknown[]) => {
    const db = new Database(join(dir, 'events.sqlite'));
    try {
      db.prepare(statement).run(...params);
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-digest-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    for (const stream of ['counter-a', 'counter-b', 'counter-a', 'counter-c', 'counter-a']) await run(stream);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('given a digest of the store', () => {
    it('covers every stream head under one root, signed by a key only its owner can read', async () => {
      const digest = await digestNow();
      expect(digest).toMatchObject({ streams: 3, events: 5, position: (await store.headPosition())!.toString(), positionSpace: 'sqlite' });
      expect(digest.heads.map((h) => [h.stream, h.revision])).toEqual([['counter-a', 2], ['counter-b', 0], ['counter-c', 0]]);
      expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    });

    it('still holds after later appends, to old streams and new ones', async () => {
      const digest = await digestNow();
      await run('counter-a');
      await run('counter-d');
      await expect(checkDigest(store, digest)).resolves.toMatchObject({ holds: true, problems: [], streamsCompared: 3 });
    });

    it('fails when a stream\'s last event before the digest was removed, which no chain can show', async () => {
      const digest = await digestNow();
      sql("DELETE FROM events WHERE stream = 'counter-b'");
      expect((await walkChains(store)).firstBroken).toBeNull();
      const check = await checkDigest(store, digest);
      expect(check.holds).toBe(false);
      expect(check.problems).toEqual(['Stream counter-b is missing']);
    });

    it('fails when the head of a stream was rewritten with a fresh hash', async () => {
      const digest = await digestNow();
      const [, , last] = await store.readStream('counter-a');
      const [, before] = await store.readStream('counter-a');
      const forged = { ...last, data: { by: 9 } };
      const metadata = { ...last.metadata, chainHash: chainHash(before.metadata.chainHash as string, forged) };
      sql('UPDATE events SET data = ?, metadata = ? WHERE event_id = ?', JSON.stringify(forged.data), JSON.stringify(metadata), last.id);
      expect((await walkChains(store)).firstBroken).toBeNull();
      const check = await checkDigest(store, digest);
      expect(check.problems).toEqual(['Stream counter-a differs at its head: digest revision 2, store revision 2']);
    });

    it('fails when the digest file itself was edited', async () => {
      const digest = await digestNow();
      const edited: IntegrityDigest = { ...digest, heads: digest.heads.slice(1) };
      edited.root = rootOf(edited.heads);
      const check = await checkDigest(store, edited);
      expect(check.problems).toContain('The signature does not match the digest: the file was altered');
    });
  });

  it('refuses to digest a store whose chains are broken', async () => {
    sql("UPDATE events SET data = '{\"by\":2}' WHERE stream = 'counter-c'");
    await expect(digestNow()).rejects.toThrow(/HASH_MISMATCH at counter-c revision 0/);
  });
});
