import type { PoolClient } from 'pg';

/**
 * The schema, one step per version, never edited once released: a replica applies the steps its
 * database lacks. Keys sit in their own table so that an erasure deletes a row, not a column value.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE SEQUENCE person_versions;
   CREATE TABLE persons (
     id text PRIMARY KEY,
     name bytea, email bytea, phone bytea,
     organisation text,
     erased_at text,
     version bigint NOT NULL);
   CREATE TABLE person_keys (person_id text PRIMARY KEY REFERENCES persons (id), key bytea NOT NULL);
   CREATE TABLE workspace_secrets (name text PRIMARY KEY, value bytea NOT NULL)`,
  // rate-limiter-flexible's table for its PostgreSQL store, in its own shape (apps/api/src/rate-limits).
  `CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
];

/**
 * Brings the schema to the latest version. Two replicas starting at once queue on an advisory lock
 * taken in the migrating transaction, so the second finds the work done. The schema is created only
 * when missing: a role that owns its schema needs no right on the database itself.
 */
export async function migrate(client: PoolClient, schema: string): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('samverkan-migrations:' || $1, 0))`, [schema]);
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${schema}.schema_migrations`,
    );
    const current = rows[0].version ?? 0;
    if (current > MIGRATIONS.length)
      throw new Error(
        `PostgreSQL schema ${schema} is at version ${current}, newer than this build (${MIGRATIONS.length})`,
      );
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1]);
      await client.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES ($1)`, [version]);
    }
    await client.query('COMMIT');
    return MIGRATIONS.length - current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
