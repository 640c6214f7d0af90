import type Database from 'better-sqlite3';

/**
 * SQLite's plan (EXPLAIN QUERY PLAN details) for every statement `run` prepares on `db` that reads
 * `table`: what a test holds a read-model query to (an index search, not a scan of the table).
 * Statements are explained with placeholder values, positional or named.
 */
export function queryPlans(db: Database.Database, table: string, run: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    if (sql.includes(table) && !sql.startsWith('EXPLAIN'))
      seen.push(
        ...(prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...placeholders(sql)) as { detail: string }[]).map(
          (r) => r.detail,
        ),
      );
    return prepare(sql);
  }) as typeof db.prepare;
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

function placeholders(sql: string): unknown[] {
  const named = [...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], 'x']);
  if (named.length > 0) return [Object.fromEntries(named)];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 'x');
}
