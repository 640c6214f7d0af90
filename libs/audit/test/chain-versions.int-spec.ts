import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainVersionOf } from '@samverkan/core';
import { copyEvents, SqliteEventStore } from '@samverkan/event-store';
import { LedgerCommand, ledgerRun, StoredRow } from '../../../test/fixtures/chain-v1/ledger';
import { checkDigest, createDigest, trustedPublicKey, walkChains, workspaceSigningKey } from '../src';
import { rewrite } from './tampering';

/** The rows a store of the release before chain format 2 holds (see test/fixtures/chain-v1). */
const oldRows = JSON.parse(
  readFileSync(join(__dirname, '../../../test/fixtures/chain-v1/store.json'), 'utf8'),
) as StoredRow[];
const actor = { id: 'dev-steering', organisation: 'FK', role: 'STEERING_GROUP' };

describe('A store written before chain format 2', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  const { send } = ledgerRun(() => store, actor, 'new');
  const run = (stream: string, command: Omit<LedgerCommand, 'metadata'>) =>
    send(stream, { ...command, metadata: { now: new Date('2025-06-01T09:00:00Z') } } as LedgerCommand);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-chain-v1-'));
    file = join(dir, 'events.sqlite');
    SqliteEventStore.open(file).close();
    const db = new Database(file);
    const insert = db.prepare(
      'INSERT INTO events (position, event_id, stream, revision, type, data, metadata, recorded_at) VALUES (@position, @event_id, @stream, @revision, @type, @data, @metadata, @recorded_at)',
    );
    db.transaction(() => oldRows.forEach((row) => insert.run(row)))();
    db.close();
    store = SqliteEventStore.open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is of format 1 throughout, and verifies as it is', async () => {
    expect(oldRows.every((row) => chainVersionOf(JSON.parse(row.metadata) as Record<string, unknown>) === 1)).toBe(
      true,
    );
    await expect(walkChains(store)).resolves.toMatchObject({
      firstBroken: null,
      eventsChecked: oldRows.length,
      streamsChecked: 3,
    });
  });

  describe('when new events of format 2 are appended on top, to old streams and a new one', () => {
    beforeEach(async () => {
      await run('ledger-a', { type: 'PostEntries', data: { amounts: [1, 2] } });
      await run('ledger-d', { type: 'OpenLedger', data: { owner: 'SOS', opening: 7 }, reason: 'Ny part' });
      await run('ledger-c', { type: 'PostEntries', data: { amounts: [9] } });
    });

    it('continues each old chain in the new format, and the whole store verifies', async () => {
      const a = await store.readStream('ledger-a');
      const firstNew = a.findIndex((e) => chainVersionOf(e.metadata) === 2);
      expect(firstNew).toBeGreaterThan(0);
      expect(a.slice(0, firstNew).every((e) => chainVersionOf(e.metadata) === 1)).toBe(true);
      expect(a.slice(firstNew)).toHaveLength(2);
      const report = await walkChains(store);
      expect(report).toMatchObject({ firstBroken: null, eventsChecked: oldRows.length + 5, streamsChecked: 4 });
    });

    it('holds under a digest over old and new events alike', async () => {
      const digest = await createDigest(store, workspaceSigningKey(dir), new Date());
      await run('ledger-b', { type: 'PostEntries', data: { amounts: [4] } });
      await expect(checkDigest(store, digest, trustedPublicKey({ dataDir: dir }))).resolves.toMatchObject({
        holds: true,
        problems: [],
      });
    });

    it('verifies as well when copied to another store, as `migrate` does, the new events keeping their hashed recorded time', async () => {
      const target = SqliteEventStore.open(':memory:');
      try {
        await copyEvents(store, target);
        await expect(walkChains(target)).resolves.toMatchObject({
          firstBroken: null,
          eventsChecked: oldRows.length + 5,
        });
        const copied = (await target.readAll()).filter((e) => chainVersionOf(e.metadata) === 2);
        expect(copied.map((e) => e.recordedAt.toISOString())).toEqual(copied.map((e) => e.metadata.recordedAt));
      } finally {
        await target.close();
      }
    });

    it('still names an old event whose data was altered, under its own format', async () => {
      const history = await store.readStream('ledger-b');
      rewrite(file, history, 1, { data: { amount: 5000 } }, 'none');
      expect((await walkChains(store)).firstBroken).toMatchObject({
        problem: 'HASH_MISMATCH',
        stream: 'ledger-b',
        revision: 1,
      });
    });

    it("leaves an old event's recorded time to the digest, as format 1 never hashed it, and the first digest after the upgrade covers it", async () => {
      const digest = await createDigest(store, workspaceSigningKey(dir), new Date());
      rewrite(file, await store.readStream('ledger-b'), 1, { recordedAt: '2024-01-01T00:00:00.000Z' }, 'none');
      expect((await walkChains(store)).firstBroken).toBeNull();
      const check = await checkDigest(store, digest, trustedPublicKey({ dataDir: dir }));
      expect(check.problems).toEqual([
        expect.stringContaining("positions or recorded times up to the digest's position changed"),
      ]);
    });
  });
});
