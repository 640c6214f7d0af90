import Database from 'better-sqlite3';
import { EventCatalog, EventMetadata } from '@samverkan/core';
import type { RecordedEvent } from '@samverkan/event-store';
import { TIMELINE_TABLE, timelineProjection } from '../src/read-model/timeline.projection';
import { TimelineFilter, queryTimeline } from '../src/read-model/timeline.query';

function catalog(): EventCatalog {
  const c = new EventCatalog();
  const action = { kind: 'action' as const, schemaVersion: 1, summary: () => 'Steg' };
  c.register({ module: 'plan', categories: ['plan'], definitions: { Drafted: action } });
  c.register({ module: 'tips', categories: ['impulse'], definitions: { Reported: action } });
  return c;
}

/** Event i happened in a year from 2018 to 2026 out of position order (entries made late, and early). */
function recorded(i: number): RecordedEvent {
  const year = 2018 + ((i * 7) % 9);
  const occurredAt = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15T${String(i % 24).padStart(2, '0')}:00:00.000Z`;
  const metadata: Partial<EventMetadata> = {
    actor: { id: `a${i % 3}`, organisation: 'FK', role: 'STEERING_GROUP' },
    occurredAt,
    kind: 'action',
    schemaVersion: 1,
  };
  return {
    id: `event-${i}`,
    stream: i % 2 ? `plan-${i}` : `impulse-${i}`,
    revision: 0,
    position: BigInt(i + 1),
    type: i % 2 ? 'Drafted' : 'Reported',
    data: {},
    metadata,
    recordedAt: new Date('2027-01-01T00:00:00Z'),
  };
}

describe('the audit timeline, filtered by a world-time window', () => {
  const db = new Database(':memory:');
  const projection = timelineProjection(catalog());
  projection.setup(db);
  for (let i = 0; i < 600; i++) projection.apply(db, recorded(i));
  afterAll(() => db.close());

  /** The page as one range read of the whole window gives it. */
  const oneRange = (filter: TimelineFilter, after: bigint | null, limit: number) => {
    const where = ['1 = 1'];
    if (filter.occurredFrom) where.push(`occurred_at >= '${filter.occurredFrom.toISOString()}'`);
    if (filter.occurredTo) where.push(`occurred_at <= '${filter.occurredTo.toISOString()}'`);
    if (filter.module) where.push(`module = '${filter.module}'`);
    if (after !== null) where.push(`position > ${after}`);
    return (
      db
        .prepare(`SELECT position FROM ${TIMELINE_TABLE} WHERE ${where.join(' AND ')} ORDER BY position LIMIT ${limit}`)
        .all() as { position: number }[]
    ).map((r) => BigInt(r.position));
  };

  it.each<[string, TimelineFilter, bigint | null]>([
    [
      'one year',
      { occurredFrom: new Date('2021-01-01T00:00:00Z'), occurredTo: new Date('2021-12-31T23:59:59Z') },
      null,
    ],
    [
      'one year, after a position',
      { occurredFrom: new Date('2021-01-01T00:00:00Z'), occurredTo: new Date('2021-12-31T23:59:59Z') },
      300n,
    ],
    [
      'a window across three years',
      { occurredFrom: new Date('2019-06-01T00:00:00Z'), occurredTo: new Date('2021-03-15T12:00:00Z') },
      null,
    ],
    ['from a day on', { occurredFrom: new Date('2025-05-01T00:00:00Z') }, 100n],
    ['up to a day', { occurredTo: new Date('2018-05-01T00:00:00Z') }, null],
    [
      'a window and a module',
      { occurredFrom: new Date('2020-01-01T00:00:00Z'), occurredTo: new Date('2022-01-01T00:00:00Z'), module: 'plan' },
      null,
    ],
    ['a window before every event', { occurredTo: new Date('2001-01-01T00:00:00Z') }, null],
  ])('gives, for %s, the page one range read of the window gives', (_, filter, after) => {
    for (const limit of [1, 10, 50]) {
      const page = queryTimeline(db, filter, after, limit).map((row) => row.position);
      expect(page).toEqual(oneRange(filter, after, limit));
    }
    expect(oneRange(filter, after, 50).length > 0 || filter.occurredTo?.getUTCFullYear() === 2001).toBe(true);
  });
});
