import { EventCatalog } from '@samverkan/core';
import type { RecordedEvent } from '@samverkan/event-store';
import { momentumModuleEvents } from '@samverkan/momentum';
import { citedEvent } from './trail-events';

const catalog = new EventCatalog();
catalog.register(momentumModuleEvents);

/** An activity held on 15 May 2025 (midnight in Stockholm), recorded at `recordedAt`. */
function held(recordedAt: string, world: boolean): RecordedEvent {
  return {
    id: 'e1',
    stream: 'projectActivity-a1',
    revision: 1,
    position: 9n,
    type: 'ActivityHeld',
    data: { activityId: 'a1', heldOn: '2025-05-15', summary: 'Hölls.' },
    metadata: {
      commandType: 'HoldActivity',
      kind: 'action',
      schemaVersion: 1,
      ...(world ? { occurredAt: '2025-05-14T22:00:00.000Z', occurredFrom: 'heldOn' } : { occurredAt: recordedAt }),
    },
    recordedAt: new Date(recordedAt),
  } as RecordedEvent;
}

describe('An event a report cites', () => {
  describe('given it was recorded the week it happened', () => {
    it('carries both dates and is no late entry at the threshold', () => {
      expect(citedEvent(catalog, held('2025-05-22T08:00:00.000Z', true), 7)).toMatchObject({
        occurredAt: '2025-05-14T22:00:00.000Z',
        occurredOn: '2025-05-15',
        recordedAt: '2025-05-22T08:00:00.000Z',
        daysLate: 7,
        lateEntry: false,
      });
    });
  });

  describe('given it was recorded a day past the threshold', () => {
    it('is a late entry, and LATE_ENTRY_DAYS decides where late begins', () => {
      expect(citedEvent(catalog, held('2025-05-23T08:00:00.000Z', true), 7)).toMatchObject({
        daysLate: 8,
        lateEntry: true,
      });
      expect(citedEvent(catalog, held('2025-05-23T08:00:00.000Z', true), 8)).toMatchObject({
        daysLate: 8,
        lateEntry: false,
      });
    });
  });

  describe('given it was written before the envelope kept the world time', () => {
    it('is dated from its data, and its lateness counted from there', () => {
      expect(citedEvent(catalog, held('2026-12-02T09:00:00.000Z', false), 7)).toMatchObject({
        occurredAt: '2025-05-14T22:00:00.000Z',
        occurredOn: '2025-05-15',
        recordedAt: '2026-12-02T09:00:00.000Z',
        daysLate: 566,
        lateEntry: true,
      });
    });
  });
});
