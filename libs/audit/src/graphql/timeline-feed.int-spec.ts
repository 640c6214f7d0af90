import { spawnSync } from 'node:child_process';
import type { ProjectionRunner, ReadModelDb } from '@samverkan/core';
import type { RecordedEvent } from '@samverkan/event-store';
import { tsNode } from '../../../../test/support/ts-node';
import { TimelineFeed } from './timeline-feed';

/** A feed on a runner whose applied batches the test announces, and read models that note every read. */
function feedWithReads() {
  let announce: (events: RecordedEvent[]) => void = () => undefined;
  const runner = { onApplied: (listener: typeof announce) => ((announce = listener), () => undefined) };
  const reads: string[] = [];
  const statement = { safeIntegers: () => statement, all: () => (reads.push('rows'), []) };
  const db = { prepare: () => statement };
  const feed = new TimelineFeed(runner as unknown as ProjectionRunner, { db } as unknown as ReadModelDb);
  feed.onModuleInit();
  return { feed, reads, announce: (events: RecordedEvent[]) => announce(events) };
}

const applied = [{ position: 7n } as RecordedEvent];

describe('The timeline feed', () => {
  it('takes a team of subscribers at once without a leak warning', () => {
    const { command, args, options } = tsNode('libs/audit/test/fixtures/many-timeline-subscribers.ts', ['12']);
    const run = spawnSync(command, args, { ...options, encoding: 'utf8' });
    expect([run.status, JSON.parse(run.stdout)]).toEqual([0, []]);
  }, 30_000);

  it('reads the rows of an applied batch while someone listens, and nothing once they are gone', async () => {
    const { feed, reads, announce } = feedWithReads();
    const subscribers = Array.from({ length: 3 }, () => feed.rows());
    subscribers.forEach((s) => void s.next());
    announce(applied);
    expect(reads).toHaveLength(1);
    for (const s of subscribers) await s.return!();
    announce(applied);
    expect(reads).toHaveLength(1);
  });
});
