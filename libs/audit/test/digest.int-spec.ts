import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import {
  canonicalJson,
  chainHash,
  Command,
  Decider,
  DomainEvent,
  EventCatalog,
  handleCommand,
  handled,
} from '@samverkan/core';
import {
  checkDigest,
  createDigest,
  IntegrityDigest,
  publicKeyBase64,
  SIGNING_KEY_FILE,
  trustedPublicKey,
  walkChains,
  workspaceSigningKey,
} from '../src';
import { fingerprintOf } from '../src/integrity/signing-key';
import { rootOf } from '../src/integrity/digest';

type CounterCommand = Command<'Increment', { by: number }>;
type Incremented = DomainEvent<'Incremented', { by: number }>;
const counterDecider: Decider<CounterCommand, Incremented, number> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
  decide: (command) => [{ type: 'Incremented', data: { by: command.data.by } }],
  worldTimes: { Increment: handled },
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
    handleCommand({ store, catalog }, stream, counterDecider, increment, {
      actor,
      commandId: randomUUID(),
      correlationId: 'c',
    });
  const digestNow = () => createDigest(store, workspaceSigningKey(dir), now);
  const check = (digest: IntegrityDigest) => checkDigest(store, digest, trustedPublicKey({ dataDir: dir }));
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
      expect(digest).toMatchObject({
        streams: 3,
        events: 5,
        position: (await store.headPosition())!.toString(),
        positionSpace: 'sqlite',
      });
      expect(digest.heads.map((h) => [h.stream, h.revision])).toEqual([
        ['counter-a', 2],
        ['counter-b', 0],
        ['counter-c', 0],
      ]);
      expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    });

    it('still holds after later appends, to old streams and new ones', async () => {
      const digest = await digestNow();
      await run('counter-a');
      await run('counter-d');
      await expect(check(digest)).resolves.toMatchObject({ holds: true, problems: [], streamsCompared: 3 });
    });

    it("fails when a stream's last event before the digest was removed, which no chain can show", async () => {
      const digest = await digestNow();
      sql("DELETE FROM events WHERE stream = 'counter-b'");
      expect((await walkChains(store)).firstBroken).toBeNull();
      const result = await check(digest);
      expect(result.holds).toBe(false);
      expect(result.problems).toContain('Stream counter-b is missing');
    });

    it('fails when the head of a stream was rewritten with a fresh hash', async () => {
      const digest = await digestNow();
      const [, , last] = await store.readStream('counter-a');
      const [, before] = await store.readStream('counter-a');
      const forged = { ...last, data: { by: 9 } };
      const metadata = { ...last.metadata, chainHash: chainHash(before.metadata.chainHash as string, forged) };
      sql(
        'UPDATE events SET data = ?, metadata = ? WHERE event_id = ?',
        JSON.stringify(forged.data),
        JSON.stringify(metadata),
        last.id,
      );
      expect((await walkChains(store)).firstBroken).toBeNull();
      expect((await check(digest)).problems).toEqual([
        'Stream counter-a differs at its head: digest revision 2, store revision 2',
      ]);
    });

    it('fails when the digest file itself was edited', async () => {
      const digest = await digestNow();
      const edited: IntegrityDigest = { ...digest, heads: digest.heads.slice(1) };
      edited.root = rootOf(edited.heads);
      expect((await check(edited)).problems).toContain('The signature does not match the digest: the file was altered');
    });
  });

  describe('given a digest that this workspace did not sign', () => {
    const otherKeys = () => {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      return { privateKey, publicKey };
    };

    it('does not hold when another key signed it, though its signature is valid for that key and the store matches it', async () => {
      workspaceSigningKey(dir);
      const forged = await createDigest(store, otherKeys(), now);
      const result = await check(forged);
      expect(result.holds).toBe(false);
      expect(result.problems).toEqual([
        expect.stringMatching(
          /^The digest was signed by key [0-9a-f]{16}…, not by the trusted key [0-9a-f]{16}…: it does not come from this workspace$/,
        ),
      ]);
    });

    it("does not hold when a forger names the workspace's key but signs with their own", async () => {
      const keys = otherKeys();
      const genuine = await digestNow();
      const { signature: _signature, ...body } = { ...genuine, heads: genuine.heads.slice(1) };
      body.root = rootOf(body.heads);
      const forged = {
        ...body,
        signature: sign(null, Buffer.from(canonicalJson(body)), keys.privateKey).toString('base64'),
      };
      expect((await check(forged)).problems).toContain('The signature does not match the digest: the file was altered');
    });

    it('holds under the public key an auditor kept apart from the server, and not under another', async () => {
      const digest = await digestNow();
      const kept = join(dir, 'kept-public-key.pem');
      writeFileSync(kept, workspaceSigningKey(dir).publicKey.export({ format: 'pem', type: 'spki' }));
      await expect(
        checkDigest(store, digest, trustedPublicKey({ dataDir: '/nowhere', publicKeyFile: kept })),
      ).resolves.toMatchObject({ holds: true });
      const stranger = otherKeys().publicKey;
      expect((await checkDigest(store, digest, stranger)).problems[0]).toContain(
        `not by the trusted key ${fingerprintOf(publicKeyBase64(stranger)).slice(0, 16)}`,
      );
    });

    it('refuses to check at all without a key to trust, rather than making one', () => {
      const empty = mkdtempSync(join(tmpdir(), 'samverkan-nokey-'));
      expect(() => trustedPublicKey({ dataDir: empty })).toThrow(/No key to check a digest against/);
      expect(existsSync(join(empty, SIGNING_KEY_FILE))).toBe(false);
      rmSync(empty, { recursive: true, force: true });
    });
  });

  describe('given events moved in $all, which no chain covers', () => {
    it('still holds every chain, but the digest names the changed positions', async () => {
      const digest = await digestNow();
      // counter-a revision 1 (position 3) and counter-b revision 0 (position 2) trade places.
      sql('UPDATE events SET position = 100 WHERE position = 2');
      sql('UPDATE events SET position = 2 WHERE position = 3');
      sql('UPDATE events SET position = 3 WHERE position = 100');
      expect((await walkChains(store)).firstBroken).toBeNull();
      expect((await check(digest)).problems).toEqual([
        "The events' positions or recorded times up to the digest's position changed: events were moved, renumbered, slipped in or re-dated",
      ]);
    });

    it('fails when an event is renumbered, even keeping the order', async () => {
      const digest = await digestNow();
      sql('UPDATE events SET position = 0 WHERE position = 1');
      expect((await walkChains(store)).firstBroken).toBeNull();
      expect((await check(digest)).holds).toBe(false);
    });

    it('still accepts a digest of format 1, which did not cover positions', async () => {
      const keys = workspaceSigningKey(dir);
      const {
        signature: _s,
        timelineRoot: _t,
        ...body
      } = { ...(await digestNow()), format: 'samverkan-integrity-digest/1' as const };
      const old = {
        ...body,
        signature: sign(null, Buffer.from(canonicalJson(body)), keys.privateKey).toString('base64'),
      };
      await expect(check(old)).resolves.toMatchObject({ holds: true, problems: [] });
    });
  });

  it('refuses to digest a store whose chains are broken', async () => {
    sql("UPDATE events SET data = '{\"by\":2}' WHERE stream = 'counter-c'");
    await expect(digestNow()).rejects.toThrow(/HASH_MISMATCH at counter-c revision 0/);
  });
});
