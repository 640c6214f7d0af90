import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashRounds, onTheFly } from '../support/crash-rounds';

/**
 * A short run of the crash test for every `npm test` (2 kills); `npm run test:soak` runs 25 and
 * records its figures in docs/RELIABILITY.md.
 */
describe('Killing the server under load (short run)', () => {
  it('loses no acknowledged command, half-appends nothing, and its read models equal a rebuild', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-crash-'));
    try {
      const report = await crashRounds(dataDir, 2, onTheFly);
      expect(report.problems).toEqual([]);
      expect(report.acknowledged).toBeGreaterThan(10);
      expect(report.eventsInStore).toBeGreaterThanOrEqual(report.acknowledged);
      expect(report.eventsInStore).toBeLessThanOrEqual(report.acknowledged + report.cutOff);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
