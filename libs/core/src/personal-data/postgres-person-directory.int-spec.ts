import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '../testing/scratch-postgres';
import { PostgresDatabase } from '../postgres/postgres-database';
import { MIGRATIONS } from '../postgres/migrations';
import { PostgresPersonDirectory } from './postgres-person-directory';
import { validateEnvironment } from '../config/environment';
import { openPostgres } from '../nest/open-personal-state';
import { WorkspaceMetrics } from '../nest/workspace-metrics';
import { ASA, BO, openSealedField } from '../testing/person-records';

const until = async (probe: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describeWithPostgres('The person directory in PostgreSQL, shared by replicas', () => {
  const scratch = scratchSchema();
  const options = { url: TEST_DATABASE_URL, schema: scratch.schema };
  let admin: Pool;
  let dbA: PostgresDatabase;
  let dbB: PostgresDatabase;
  let a: PostgresPersonDirectory;
  let b: PostgresPersonDirectory;
  const sql = async <R>(text: string, params: unknown[] = []) => (await admin.query(text, params)).rows as R[];

  beforeAll(async () => {
    admin = new Pool({ ...PostgresDatabase.clientConfig(options, 'test'), max: 2 });
    // Four replicas starting at once on an empty database: one migrates, the others wait and find it done.
    const started = await Promise.all([1, 2, 3, 4].map(() => PostgresDatabase.connect(options)));
    [dbA, dbB] = started;
    await Promise.all(started.slice(2).map((db) => db.close()));
    [a, b] = await Promise.all([PostgresPersonDirectory.open(dbA), PostgresPersonDirectory.open(dbB)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await Promise.all([dbA?.close(), dbB?.close()]);
    await admin?.end();
    await scratch.drop();
  });

  it('migrates once however many replicas start together, and again finds nothing to do', async () => {
    const versions = await sql<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const again = await PostgresDatabase.connect(options);
    await again.close();
    expect(await sql('SELECT version FROM schema_migrations')).toHaveLength(MIGRATIONS.length);
  });

  it('shows a person named through one replica by name through the other', async () => {
    const id = await a.register(ASA);
    await b.caughtUp();
    expect(b.find(id)).toEqual({ id, ...ASA, erasedAt: null });
    await b.upsert(id, { email: 'asa.ny@example.se' });
    await a.caughtUp();
    expect(a.find(id)).toMatchObject({ name: ASA.name, email: 'asa.ny@example.se', phone: ASA.phone });
    expect(a.count()).toBe(b.count());
  });

  it('keeps names, e-mail and phone in no table in clear; each row opens only with its own key', async () => {
    const id = await a.register(BO);
    const everything = (
      await sql<{ t: string }>(
        `SELECT string_agg(t::text, ' ') AS t FROM (SELECT p::text AS t FROM persons p UNION ALL SELECT k::text FROM person_keys k) x`,
      )
    )[0].t;
    for (const value of [BO.name, BO.email, BO.phone, ASA.name, ASA.email]) {
      expect(everything).not.toContain(value);
      expect(everything).not.toContain(Buffer.from(value).toString('hex'));
    }
    const [row] = await sql<{ name: Buffer; key: Buffer }>(
      'SELECT p.name, k.key FROM persons p JOIN person_keys k ON k.person_id = p.id WHERE p.id = $1',
      [id],
    );
    expect(openSealedField(row.key, id, 'name', row.name)).toBe(BO.name);
    expect(() => openSealedField(randomBytes(32), id, 'name', row.name)).toThrow();
  });

  it('erases once for all: the key is gone from PostgreSQL and the other replica shows "raderad" as soon as it is told', async () => {
    const id = await a.register({ name: 'Rut Raderasson', organisation: 'AV' });
    await b.caughtUp();
    expect(b.displayName(id)).toBe('Rut Raderasson');

    expect(await b.erase(id, new Date('2026-05-01T08:00:00Z'))).toBe('erased');
    expect(await sql('SELECT 1 FROM person_keys WHERE person_id = $1', [id])).toEqual([]);
    const [stored] = await sql<Record<string, unknown>>(
      'SELECT name, email, phone, erased_at FROM persons WHERE id = $1',
      [id],
    );
    expect(stored).toEqual({ name: null, email: null, phone: null, erased_at: '2026-05-01T08:00:00.000Z' });
    // Pushed: without asking, the other replica drops the name when PostgreSQL's notification arrives.
    await until(() => a.displayName(id) === 'raderad');
    expect(a.find(id)).toEqual({
      id,
      name: null,
      email: null,
      phone: null,
      organisation: 'AV',
      erasedAt: '2026-05-01T08:00:00.000Z',
    });
    expect(a.erasedIds()).toContain(id);
    expect(await a.erase(id, new Date())).toBe('already_erased');
    expect(await a.erase('person-nobody', new Date())).toBe('unknown');
    // An erased person stays erased, whichever replica a later token or command names them through.
    await a.upsert(id, { name: 'Rut Raderasson', organisation: 'AV' });
    await b.caughtUp();
    expect(b.displayName(id)).toBe('raderad');
    expect(await sql('SELECT 1 FROM person_keys WHERE person_id = $1', [id])).toEqual([]);
  });

  it('shows "raderad" on the other replica right after the erasing call returns, once caught up', async () => {
    for (let round = 0; round < 20; round++) {
      const id = await b.register({ name: `Snabb Raderad ${round}`, organisation: 'FK' });
      await a.caughtUp();
      expect(a.displayName(id)).toBe(`Snabb Raderad ${round}`);
      await b.erase(id, new Date());
      await a.caughtUp();
      expect(a.displayName(id)).toBe('raderad');
    }
  });

  it('gives a person one key when both replicas name them at the same moment', async () => {
    const id = `person-${randomBytes(8).toString('hex')}`;
    await Promise.all([a.upsert(id, { name: 'Tvilling Ett', organisation: 'FK' }), b.upsert(id, { phone: '070-1' })]);
    await Promise.all([a.caughtUp(), b.caughtUp()]);
    expect(await sql('SELECT 1 FROM person_keys WHERE person_id = $1', [id])).toHaveLength(1);
    expect(a.find(id)).toEqual(b.find(id));
    expect(a.find(id)).toMatchObject({ name: 'Tvilling Ett', phone: '070-1' });
  });

  it('reloads everything after its listening connection is cut, missing no erasure made meanwhile', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const id = await b.register({ name: 'Avbruten Lyssnare', organisation: 'FK' });
      await a.caughtUp();
      const listeners = await sql<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [
        `samverkan-listener:${scratch.schema}`,
      ]);
      expect(listeners).toHaveLength(2);
      await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        `samverkan-listener:${scratch.schema}`,
      ]);
      // Asked at once, before the cut connection's end is noticed: the wait goes on through the reconnect.
      await a.caughtUp();
      await b.erase(id, new Date());
      await a.caughtUp();
      expect(a.displayName(id)).toBe('raderad');
      await b.upsert(id, { name: 'Avbruten Lyssnare' });
      const other = await b.register({ name: 'Efter Avbrottet', organisation: 'AV' });
      await a.caughtUp();
      expect(a.displayName(other)).toBe('Efter Avbrottet');
      expect(a.displayName(id)).toBe('raderad');
    } finally {
      warn.mockRestore();
    }
  });

  it('needs no right beyond its own schema: a role owning just that schema migrates and works, and can do nothing else', async () => {
    const role = `r_${randomBytes(6).toString('hex')}`;
    const own = `${scratch.schema}_own`;
    await sql(`CREATE ROLE ${role} LOGIN`);
    await sql(`CREATE SCHEMA ${own} AUTHORIZATION ${role}`);
    const url = new URL(TEST_DATABASE_URL);
    url.username = role;
    url.password = '';
    try {
      const db = await PostgresDatabase.connect({ url: url.toString(), schema: own });
      const persons = await PostgresPersonDirectory.open(db);
      try {
        const id = await persons.register(ASA);
        expect(await persons.erase(id, new Date())).toBe('erased');
        await expect(db.query('CREATE SCHEMA somewhere_else')).rejects.toThrow(/permission denied/);
        await expect(db.query(`SELECT count(*) FROM ${scratch.schema}.persons`)).rejects.toThrow(/permission denied/);
      } finally {
        await persons.close();
        await db.close();
      }
    } finally {
      await sql(`DROP SCHEMA IF EXISTS ${own} CASCADE`);
      await sql(`DROP ROLE ${role}`);
    }
  });

  it('counts a failed PostgreSQL query for /metrics and logs it without the connection string', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const metrics = new WorkspaceMetrics();
    const db = await openPostgres(
      validateEnvironment({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: scratch.schema }),
      metrics,
    );
    try {
      await expect(db!.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
      expect(await metrics.registry.getSingleMetricAsString('samverkan_postgres_errors_total')).toMatch(
        /^samverkan_postgres_errors_total 1$/m,
      );
      expect(warn).toHaveBeenCalled();
      expect(JSON.stringify(warn.mock.calls)).not.toContain(TEST_DATABASE_URL);
    } finally {
      await db?.close();
      warn.mockRestore();
    }
  });
});
