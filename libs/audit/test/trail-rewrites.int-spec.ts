import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';
import { LedgerCommand, ledgerRun } from '../../../test/fixtures/chain-v1/ledger';
import { checkDigest, createDigest, entityAsOf, trustedPublicKey, walkChains, workspaceSigningKey } from '../src';
import { rewrite, Rewrite, Rechain } from './tampering';

const actor = { id: 'dev-auditor', organisation: 'FK', role: 'AUDITOR' };
const post = (amounts: number[]): LedgerCommand => ({
  type: 'PostEntries',
  data: { amounts },
  metadata: { now: new Date('2025-03-20T10:00:00Z') },
});

/**
 * An attacker holds the database file. They rewrite what auditors read (the recorded time, the
 * data) and recompute as many links as they like; each case says what catches them.
 */
describe('Rewriting the trail', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  const { send, catalog } = ledgerRun(() => store, actor, 'cmd');
  const run = (stream: string, amounts: number[]) => send(stream, post(amounts));
  const tamper = async (revision: number, change: Rewrite, rechain: Rechain) =>
    rewrite(file, await store.readStream('ledger-a'), revision, change, rechain);
  const firstBroken = async () => (await walkChains(store)).firstBroken;
  const digestHolds = async (digest: Awaited<ReturnType<typeof createDigest>>) =>
    checkDigest(store, digest, trustedPublicKey({ dataDir: dir }));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-rewrite-'));
    file = join(dir, 'events.sqlite');
    store = SqliteEventStore.open(file);
    await run('ledger-a', [1, 2]);
    await run('ledger-b', [5]);
    await run('ledger-a', [3, 4, 5]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('the recorded-time clock', () => {
    const earlier = '2025-01-01T08:00:00.000Z';

    it.each([
      ['in the middle of a stream', 2],
      ['at the head of a stream', 4],
    ])(
      'names the event whose stored recorded time was rewritten %s, with no digest needed',
      async (_where, revision) => {
        await tamper(revision, { recordedAt: earlier }, 'none');
        expect(await firstBroken()).toMatchObject({ problem: 'RECORDED_AT_MISMATCH', stream: 'ledger-a', revision });
      },
    );

    it('names the event when its hashed recorded time was rewritten with the column', async () => {
      await tamper(2, { recordedAt: earlier, metadata: { recordedAt: earlier } }, 'none');
      expect(await firstBroken()).toMatchObject({ problem: 'HASH_MISMATCH', revision: 2 });
    });

    it('names the next link when the rewritten event got a fresh hash of its own', async () => {
      await tamper(2, { recordedAt: earlier, metadata: { recordedAt: earlier } }, 'own');
      expect(await firstBroken()).toMatchObject({ problem: 'HASH_MISMATCH', revision: 3 });
    });

    it('shows time travel the very recorded time that was hashed', async () => {
      const [first] = await store.readStream('ledger-a');
      const asOf = await entityAsOf(store, catalog, 'ledger-a', { at: first.recordedAt });
      expect(asOf.events.map((e) => e.recordedAt.toISOString())).toEqual(asOf.events.map((e) => e.metadata.recordedAt));
      expect(asOf.revision).toBeGreaterThanOrEqual(1);
    });
  });

  describe('the chain format', () => {
    it('refuses an event that names a chain format this release does not know', async () => {
      await tamper(2, { metadata: { chainVersion: 3 } }, 'own');
      expect(await firstBroken()).toMatchObject({ problem: 'UNKNOWN_CHAIN_VERSION', revision: 2 });
    });

    it('refuses an event of the older format after a newer one in its stream, even with a fresh hash', async () => {
      // Format 1 does not cover the recorded time: a downgraded head could take any time.
      await tamper(
        4,
        { recordedAt: '2025-01-01T08:00:00.000Z', metadata: { chainVersion: undefined, recordedAt: undefined } },
        'own',
      );
      expect(await firstBroken()).toMatchObject({ problem: 'CHAIN_VERSION_DOWNGRADE', revision: 4 });
    });
  });

  describe('what a chain alone proves, and what needs a digest', () => {
    it('catches a rewritten middle event by the chain alone while the links after it are left as they were', async () => {
      await tamper(1, { data: { amount: 200 } }, 'own');
      expect(await firstBroken()).toMatchObject({ problem: 'HASH_MISMATCH', revision: 2 });
    });

    it.each<[string, Rewrite]>([
      ['its data', { data: { amount: 200 } }],
      [
        'its recorded time',
        { recordedAt: '2025-01-01T08:00:00.000Z', metadata: { recordedAt: '2025-01-01T08:00:00.000Z' } },
      ],
    ])(
      'passes verify when a middle event was rewritten (%s) and every link after it recomputed: only a digest catches it',
      async (_what, change) => {
        const digest = await createDigest(store, workspaceSigningKey(dir), new Date());
        await tamper(1, change, 'rest');
        expect(await firstBroken()).toBeNull();
        const check = await digestHolds(digest);
        expect(check.holds).toBe(false);
        expect(check.problems).toContain('Stream ledger-a differs at its head: digest revision 4, store revision 4');
      },
    );
  });
});
