import Database from 'better-sqlite3';
import { openObligations, yearSources } from './oversight.queries';
import { overdueMarkProjection, trackedProjection } from './oversight.projections';

/** The SQL each query ran, with SQLite's plan for it. */
function plans(db: Database.Database, run: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    if (/oversight_tracked/.test(sql) && !sql.startsWith('EXPLAIN'))
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
/** A value for each parameter: named ones in one object, as better-sqlite3 binds them. */
const placeholders = (sql: string): unknown[] => {
  const named = [...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], 'x']);
  if (named.length > 0) return [Object.fromEntries(named)];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 'x');
};

/** The dashboards read what they need, not every tracked document (there is one per tip ever sent). */
describe('Oversight queries', () => {
  const clock = { occurredAt: () => ({ at: '2025-01-01T00:00:00.000Z', date: '2025-01-01' }) } as never;
  const db = new Database(':memory:');
  trackedProjection(clock).setup(db);
  overdueMarkProjection(clock).setup(db);
  afterAll(() => db.close());

  it('reads the open obligations from the partial index of documents that may owe something', () => {
    expect(plans(db, () => openObligations(db, { tipOutcomeDueDays: 30 }, '2025-06-01'))).toContain(
      'SCAN oversight_tracked USING INDEX oversight_tracked_owing',
    );
  });

  it('reads a year’s sources by ranges of the key or the meetings’ year, never scanning the table', () => {
    const seen = plans(db, () => yearSources(db, 2025));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((detail) => detail.startsWith('SCAN'))).toEqual([]);
    // The year's forum meetings from their index by year, not every meeting document.
    expect(seen).toContain('SEARCH oversight_tracked USING INDEX oversight_tracked_meeting_year (<expr>=?)');
  });
});
