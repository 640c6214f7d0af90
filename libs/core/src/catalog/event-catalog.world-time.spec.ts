import { RecordedEvent } from '@samverkan/event-store';
import { Command, Decider, DomainEvent } from '../domain/decider';
import { handled, stated } from '../domain/world-time';
import { EventCatalog } from './event-catalog';

type Hold = Command<'Hold', { heldOn: string }>;
type Review = Command<'Review', { meeting: { heldOn: string } }>;
type Draft = Command<'Draft', Record<string, never>>;
type Held = DomainEvent<'Held', { heldOn: string }>;
const decider: Decider<Hold | Review | Draft, Held, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: () => [],
  worldTimes: {
    Hold: stated('heldOn'),
    Review: stated('meeting.heldOn', { recordedAs: 'reviewedOn' }),
    Draft: handled,
  },
};
const catalog = new EventCatalog();
catalog.register({
  module: 'meetings',
  categories: ['meeting'],
  evolvers: { meeting: decider },
  definitions: {
    Held: { kind: 'action', schemaVersion: 1, summary: () => 'Mötet hölls' },
    Reviewed: { kind: 'action', schemaVersion: 1, summary: () => 'Granskad' },
    Drafted: { kind: 'action', schemaVersion: 1, summary: () => 'Utkast' },
  },
});

const handledAt = '2026-12-02T09:00:00.000Z';
function event(type: string, commandType: string, data: unknown, extra: Record<string, unknown> = {}): RecordedEvent {
  return {
    id: 'e1',
    stream: 'meeting-1',
    revision: 0,
    position: { commit: 1n, prepare: 1n } as never,
    type,
    data,
    metadata: { commandType, occurredAt: handledAt, kind: 'action', schemaVersion: 1, ...extra },
    recordedAt: new Date('2026-12-02T09:00:00.010Z'),
  } as RecordedEvent;
}

describe("The world's time of stored events", () => {
  it('is what the envelope says for events written since it keeps the world time', () => {
    const e = event(
      'Held',
      'Hold',
      { heldOn: '2024-05-10' },
      { occurredAt: '2024-05-09T22:00:00.000Z', occurredFrom: 'heldOn' },
    );
    expect(catalog.occurredAt(e)).toEqual({
      at: '2024-05-09T22:00:00.000Z',
      date: '2024-05-10',
      from: 'heldOn',
      derived: false,
    });
  });

  describe('events written before (no occurredFrom: their occurredAt is the handling time)', () => {
    it('are dated from their data where their command declares a field the data holds, marked derived', () => {
      expect(catalog.occurredAt(event('Held', 'Hold', { heldOn: '2024-05-10' }))).toEqual({
        at: '2024-05-09T22:00:00.000Z',
        date: '2024-05-10',
        from: 'heldOn',
        derived: true,
      });
    });

    it('read the recorded name where the event keeps the time under another name', () => {
      expect(catalog.occurredAt(event('Reviewed', 'Review', { reviewedOn: '2024-09-03' }))).toMatchObject({
        date: '2024-09-03',
        from: 'reviewedOn',
        derived: true,
      });
    });

    it('keep their handling time when the data lacks the field, holds no real date, or a date after the handling', () => {
      for (const data of [{}, { heldOn: '2024-02-30' }, { heldOn: '2026-12-03' }]) {
        expect(catalog.occurredAt(event('Held', 'Hold', data))).toEqual({
          at: handledAt,
          date: '2026-12-02',
          from: 'handling',
          derived: false,
        });
      }
    });

    it('keep their handling time when their command states none, or is unknown to the catalog', () => {
      expect(catalog.occurredAt(event('Drafted', 'Draft', { heldOn: '2024-05-10' })).from).toBe('handling');
      expect(catalog.occurredAt(event('Held', 'SomethingElse', { heldOn: '2024-05-10' })).from).toBe('handling');
    });

    it('fall back to the recorded time when even occurredAt is missing', () => {
      const e = event('Drafted', 'Draft', {});
      delete (e.metadata as Record<string, unknown>).occurredAt;
      expect(catalog.occurredAt(e)).toMatchObject({ at: '2026-12-02T09:00:00.010Z', from: 'handling' });
    });
  });
});
