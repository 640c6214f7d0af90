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
  it.each([
    {
      given: 'recorded the week it happened, then it carries both dates and is no late entry at the threshold',
      recordedAt: '2025-05-22T08:00:00.000Z',
      world: true,
      threshold: 7,
      cited: {
        occurredAt: '2025-05-14T22:00:00.000Z',
        occurredOn: '2025-05-15',
        recordedAt: '2025-05-22T08:00:00.000Z',
        daysLate: 7,
        lateEntry: false,
      },
    },
    {
      given: 'recorded a day past the threshold, then it is a late entry',
      recordedAt: '2025-05-23T08:00:00.000Z',
      world: true,
      threshold: 7,
      cited: { daysLate: 8, lateEntry: true },
    },
    {
      given: 'recorded a day past the threshold, then LATE_ENTRY_DAYS decides where late begins',
      recordedAt: '2025-05-23T08:00:00.000Z',
      world: true,
      threshold: 8,
      cited: { daysLate: 8, lateEntry: false },
    },
    {
      given:
        'written before the envelope kept the world time, then it is dated from its data, and its lateness counted from there',
      recordedAt: '2026-12-02T09:00:00.000Z',
      world: false,
      threshold: 7,
      cited: {
        occurredAt: '2025-05-14T22:00:00.000Z',
        occurredOn: '2025-05-15',
        recordedAt: '2026-12-02T09:00:00.000Z',
        daysLate: 566,
        lateEntry: true,
      },
    },
  ])('given it was $given', ({ recordedAt, world, threshold, cited }) => {
    expect(citedEvent(catalog, held(recordedAt, world), threshold)).toMatchObject(cited);
  });
});
