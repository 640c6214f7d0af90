import { PostgresDatabase } from './postgres-database';

/**
 * A secret of the workspace (the digest signing key, the dev token secret) shared by every replica:
 * the first replica to need it makes it, the others read that one. Concurrent first uses agree,
 * since only one insert wins and everyone reads the winner.
 */
export async function sharedSecret(db: PostgresDatabase, name: string, make: () => Buffer): Promise<Buffer> {
  await db.query('INSERT INTO workspace_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    make(),
  ]);
  const [row] = await db.query<{ value: Buffer }>('SELECT value FROM workspace_secrets WHERE name = $1', [name]);
  return row.value;
}

/** The secret when some replica made it, else null: a checker must never make the key it checks against. */
export async function existingSecret(db: PostgresDatabase, name: string): Promise<Buffer | null> {
  const [row] = await db.query<{ value: Buffer }>('SELECT value FROM workspace_secrets WHERE name = $1', [name]);
  return row?.value ?? null;
}
