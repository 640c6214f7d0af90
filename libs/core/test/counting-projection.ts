import { Projection } from '../src';

/**
 * A projection counting the events of its categories (every event for null) into a table of its
 * own, one row per position, and each call of apply into `applied`, so a test sees what it was fed.
 */
export function counter(
  name: string,
  version: number,
  applied: string[],
  categories: string[] | null = [name],
): Projection {
  const table = `count_${name}`;
  return {
    name: `test.${name}`,
    version,
    categories: categories ?? undefined,
    setup: (db) => db.exec(`CREATE TABLE IF NOT EXISTS ${table} (position INTEGER PRIMARY KEY)`),
    reset: (db) => db.exec(`DROP TABLE IF EXISTS ${table}`),
    apply(db, e) {
      applied.push(name);
      db.prepare(`INSERT OR IGNORE INTO ${table} (position) VALUES (?)`).run(e.position);
    },
  };
}
