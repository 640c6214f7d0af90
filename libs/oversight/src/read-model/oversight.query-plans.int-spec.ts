import Database from 'better-sqlite3';
import { queryPlans } from '@samverkan/core/testing/query-plans';
import { openObligations, yearSources } from './oversight.queries';
import { overdueMarkProjection, trackedProjection } from './oversight.projections';

const plans = (db: Database.Database, run: () => void) => queryPlans(db, 'oversight_tracked', run);

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
    // The campaigns that end in the year or later, not those of every year before.
    expect(seen).toContain('SEARCH oversight_tracked USING INDEX oversight_tracked_campaign_period (<expr>>?)');
    // The forums established by the year's end, not every forum founded since.
    expect(seen).toContain('SEARCH oversight_tracked USING INDEX oversight_tracked_forum_established (<expr><?)');
  });
});
