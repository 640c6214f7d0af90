import { randomUUID } from 'node:crypto';
import { HealthIndicatorService } from '@nestjs/terminus';
import { SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog, Projection, ProjectionRunner } from '@samverkan/core';
import { useScratchStore } from '@samverkan/core/testing/scratch-store';
import { StoreHealthIndicator } from './store.health';

const counted: Projection = {
  name: 'test.counted',
  version: 1,
  setup: (db) => db.exec('CREATE TABLE IF NOT EXISTS counted (position INTEGER PRIMARY KEY)'),
  reset: (db) => db.exec('DROP TABLE IF EXISTS counted'),
  apply: (db, e) => db.prepare('INSERT OR IGNORE INTO counted (position) VALUES (?)').run(e.position),
};

/**
 * A new replica: a store with history and read models that hold nothing. It is ready once it has
 * replayed the store, and not before, however long the replay takes.
 */
describe('Readiness of a new replica', () => {
  const scratch = useScratchStore('ready');
  beforeEach(async () => {
    // One transaction (the bench's bulk append): 5,000 durable commits would take minutes on a slow disk.
    await scratch.store.appendMany(
      Array.from({ length: 5_000 }, (_, i) => ({
        stream: `thing-${i}`,
        events: [{ id: randomUUID(), type: 'Happened', data: {}, metadata: {} }],
      })),
    );
  });

  describe('given its replay is held after the first page', () => {
    it('is not ready, with the lag, until the replay is let go; then ready with no lag', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let pages = 0;
      const gated = Object.create(scratch.store) as SqliteEventStore;
      gated.readAll = async (options) => {
        if (pages++ > 0) await held;
        return scratch.store.readAll(options);
      };
      const runner = new ProjectionRunner(gated, scratch.readModels, new EventCatalog(), [counted]);
      const health = new StoreHealthIndicator(gated, null, runner, new HealthIndicatorService());
      await runner.start();
      try {
        const trailing = await health.checkCaughtUp();
        expect(trailing.projections).toMatchObject({ status: 'down', head: '5000', message: /catching up/ });
        expect(Number(trailing.projections.lag)).toBeGreaterThan(0);

        release();
        const ready = await health.checkCaughtUp();
        expect(ready.projections).toMatchObject({ status: 'up', position: '5000', head: '5000', lag: '0' });
      } finally {
        release();
        await runner.stop();
      }
    });
  });
});
