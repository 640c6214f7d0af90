import type { EventType, RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { toRecorded } from './esdb-conversions';

const created = new Date('2026-12-01T12:00:00.000Z');
const esdbEvent = (metadata: Record<string, unknown>) =>
  ({
    id: '7d1c4c0e-0000-4000-8000-000000000001',
    streamId: 'forum-norr',
    revision: 0n,
    type: 'ForumFounded',
    data: {},
    metadata,
    created,
    position: { commit: 10n, prepare: 10n },
    isJson: true,
  }) as unknown as EsdbRecordedEvent<EventType>;

describe('EventStoreDB events as the port reads them', () => {
  it('show the recorded time the event states (and hashes), not the server stamp no client can set', () => {
    expect(toRecorded(esdbEvent({ recordedAt: '2025-03-20T10:00:00.123Z' })).recordedAt.toISOString()).toBe(
      '2025-03-20T10:00:00.123Z',
    );
  });

  it("show the server's time for events that state none, as events written before chain format 2", () => {
    expect(toRecorded(esdbEvent({})).recordedAt).toEqual(created);
  });

  it("show the server's time when a foreign writer stated a malformed one, so verification sees the two differ", () => {
    expect(toRecorded(esdbEvent({ recordedAt: 'igår' })).recordedAt).toEqual(created);
  });
});
