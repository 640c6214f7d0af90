import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { Command, Decider, DomainEvent, EventCatalog, handleCommand, handled } from '@samverkan/core';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import {
  checkDigest,
  createDigest,
  publicKeyBase64,
  sharedSigningKey,
  sharedTrustedPublicKey,
  SIGNING_KEY_FILE,
} from '../src';

describeWithPostgres('The digest signing key shared by replicas in PostgreSQL', () => {
  const scratch = scratchSchema();
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'samverkan-replica-')));
  const replica = (i: number) => ({
    DATA_DIR: dirs[i],
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: scratch.schema,
  });
  let store: SqliteEventStore;
  const catalog = new EventCatalog();
  catalog.register({
    module: 'note',
    categories: ['note'],
    definitions: { Noted: { kind: 'action' as const, schemaVersion: 1, summary: () => 'Noterat' } },
  });
  const decider: Decider<Command<'Note', object>, DomainEvent<'Noted', object>, null> = {
    initialState: () => null,
    evolve: () => null,
    decide: () => [{ type: 'Noted', data: {} }],
    worldTimes: { Note: handled },
  };

  beforeAll(async () => {
    store = SqliteEventStore.open(join(dirs[0], 'events.sqlite'));
    const command = { type: 'Note' as const, data: {}, metadata: { now: new Date() } };
    const context = {
      actor: { id: 'dev-auditor', organisation: 'FK', role: 'AUDITOR' },
      commandId: randomUUID(),
      correlationId: 'c',
    };
    await handleCommand({ store, catalog }, 'note-1', decider, command, context);
  });
  afterAll(async () => {
    await store.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await scratch.drop();
  });

  it('is refused for checking before any replica made it: a checker never makes the key it checks against', async () => {
    await expect(sharedTrustedPublicKey(replica(1))).rejects.toThrow(/no replica has made one in PostgreSQL/);
  });

  it('is one key whichever replica makes it first, even at once; a digest made on one verifies on the other', async () => {
    const [a, b] = await Promise.all([sharedSigningKey(replica(0)), sharedSigningKey(replica(1))]);
    expect(publicKeyBase64(a.publicKey)).toBe(publicKeyBase64(b.publicKey));
    const digest = await createDigest(store, a, new Date());
    const trusted = await sharedTrustedPublicKey(replica(1));
    await expect(checkDigest(store, digest, trusted)).resolves.toMatchObject({ holds: true });
    // Nothing of it in either DATA_DIR: the file would be a second, diverging key.
    for (const dir of dirs) expect(existsSync(join(dir, SIGNING_KEY_FILE))).toBe(false);
  });

  it('stays in DATA_DIR without DATABASE_URL', async () => {
    const local = await sharedSigningKey({ DATA_DIR: dirs[1], DATABASE_SCHEMA: scratch.schema });
    expect(existsSync(join(dirs[1], SIGNING_KEY_FILE))).toBe(true);
    const shared = await sharedTrustedPublicKey(replica(1));
    expect(publicKeyBase64(local.publicKey)).not.toBe(publicKeyBase64(shared));
  });
});
