import Database from 'better-sqlite3';
import { EventCatalog } from '@samverkan/core';
import { Command, Decider, DomainEvent, handled, stated } from '@samverkan/core/domain';
import type { RecordedEvent } from '@samverkan/event-store';
import { timelineProjection } from '../src/read-model/timeline.projection';
import { matchesTimelineFilter, queryTimeline, TimelineFilter, TimelineRow } from '../src/read-model/timeline.query';

type Hold = Command<'HoldMeeting', { heldOn: string }>;
type Plan = Command<'PlanMeeting', Record<string, never>>;
type Adopt = Command<'AdoptPlan', { decision: { decidedAt: string } }>;
const decider: Decider<Hold | Plan | Adopt, DomainEvent, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: () => [],
  worldTimes: { HoldMeeting: stated('heldOn'), PlanMeeting: handled, AdoptPlan: stated('decision.decidedAt') },
};

function catalog(): EventCatalog {
  const c = new EventCatalog();
  const action = { kind: 'action' as const, schemaVersion: 1, summary: () => 'Händelse' };
  c.register({
    module: 'forums',
    categories: ['forumMeeting', 'plan'],
    evolvers: { forumMeeting: decider, plan: decider },
    definitions: { MeetingHeld: action, MeetingPlanned: action, PlanAdopted: { ...action, kind: 'decision' } },
  });
  return c;
}

/** An event recorded at `recordedAt`, whose fact the envelope dates by `world` (absent: a legacy event). */
function recorded(
  position: number,
  stream: string,
  type: string,
  commandType: string,
  data: unknown,
  recordedAt: string,
  world?: { at: string; from: string },
): RecordedEvent {
  const metadata = {
    actor: { id: 'anna', organisation: 'FK', role: 'FORUM_COORDINATOR' },
    commandId: `cmd-${position}`,
    commandType,
    kind: type === 'PlanAdopted' ? 'decision' : 'action',
    schemaVersion: 1,
    // Before the envelope kept the world's time, occurredAt was the handling time.
    occurredAt: world?.at ?? recordedAt,
    ...(world ? { occurredFrom: world.from } : {}),
  };
  return {
    id: `event-${position}`,
    stream,
    revision: 0,
    position: BigInt(position),
    type,
    data,
    metadata,
    recordedAt: new Date(recordedAt),
  };
}

/** A meeting held on `heldOn` (midnight in Stockholm), recorded at 10:00 Swedish winter time on `recordedOn`. */
const held = (position: number, heldOn: string, heldAt: string, recordedOn: string) =>
  recorded(
    position,
    `forumMeeting-m${position}`,
    'MeetingHeld',
    'HoldMeeting',
    { heldOn },
    `${recordedOn}T09:00:00.000Z`,
    { at: heldAt, from: 'heldOn' },
  );

describe("The audit timeline on the world's time", () => {
  const db = new Database(':memory:');
  const projection = timelineProjection(catalog());
  projection.setup(db);
  const given = [
    // Recorded the day it was held: on time.
    held(1, '2026-11-24', '2026-11-23T23:00:00.000Z', '2026-11-24'),
    // Held last year, recorded today.
    held(2, '2025-03-12', '2025-03-11T23:00:00.000Z', '2026-12-02'),
    // 7 and 8 days between the meeting's date and its recording.
    held(3, '2026-11-25', '2026-11-24T23:00:00.000Z', '2026-12-02'),
    held(4, '2026-11-24', '2026-11-23T23:00:00.000Z', '2026-12-02'),
    // Held yesterday, recorded today.
    held(5, '2026-12-01', '2026-11-30T23:00:00.000Z', '2026-12-02'),
    // A plan adopted before the envelope kept the world's time: dated from its decision, marked derived.
    recorded(
      6,
      'plan-2024',
      'PlanAdopted',
      'AdoptPlan',
      { decision: { decidedAt: '2024-02-20T10:00:00Z' } },
      '2026-12-02T09:00:00.000Z',
    ),
    // A meeting planned today (the sending itself is the fact).
    recorded(7, 'forumMeeting-m7', 'MeetingPlanned', 'PlanMeeting', {}, '2026-12-02T09:00:00.000Z', {
      at: '2026-12-02T09:00:00.000Z',
      from: 'handling',
    }),
  ];
  given.forEach((event) => projection.apply(db, event));

  const rows = (filter: TimelineFilter): TimelineRow[] => queryTimeline(db, filter, null, 100);
  const positions = (filter: TimelineFilter): number[] => rows(filter).map((r) => Number(r.position));

  describe('given events recorded on time, late and before the envelope kept the world time', () => {
    it('then each row holds when its fact happened, where that was read, and the days to its recording', () => {
      expect(
        rows({}).map((r) => [Number(r.position), r.occurred_at, r.occurred_from, r.occurred_derived, r.days_late]),
      ).toEqual([
        [1, '2026-11-23T23:00:00.000Z', 'heldOn', false, 0],
        [2, '2025-03-11T23:00:00.000Z', 'heldOn', false, 630],
        [3, '2026-11-24T23:00:00.000Z', 'heldOn', false, 7],
        [4, '2026-11-23T23:00:00.000Z', 'heldOn', false, 8],
        [5, '2026-11-30T23:00:00.000Z', 'heldOn', false, 1],
        [6, '2024-02-20T10:00:00.000Z', 'decision.decidedAt', true, 1016],
        [7, '2026-12-02T09:00:00.000Z', 'handling', false, 0],
      ]);
    });
  });

  describe('when filtering late entries', () => {
    it('with LATE_ENTRY_DAYS 7, then 7 days is on time and 8 days is late', () => {
      expect(positions({ lateBeyondDays: 7 })).toEqual([2, 4, 6]);
    });

    it('with LATE_ENTRY_DAYS 0, then a fact of yesterday recorded today is late and one of today is not', () => {
      expect(positions({ lateBeyondDays: 0 })).toEqual([2, 3, 4, 5, 6]);
    });

    it('the same rows answer for another threshold: the setting is read at query time, with no rebuild', () => {
      expect(positions({ lateBeyondDays: 30 })).toEqual([2, 6]);
      expect(positions({ lateBeyondDays: 7, module: 'forums', stream: 'forumMeeting-m4' })).toEqual([4]);
    });
  });

  describe("when filtering by the world's time", () => {
    const lastYear = {
      occurredFrom: new Date('2025-01-01T00:00:00+01:00'),
      occurredTo: new Date('2025-12-31T23:59:59.999+01:00'),
    };
    const today = {
      occurredFrom: new Date('2026-12-02T00:00:00+01:00'),
      occurredTo: new Date('2026-12-02T23:59:59.999+01:00'),
    };

    it('then a meeting held last year and recorded today is found in last year', () => {
      expect(positions(lastYear)).toEqual([2]);
    });

    it("then it is not found among today's facts, though it was recorded today", () => {
      expect(positions(today)).toEqual([7]);
      expect(positions({ recordedFrom: today.occurredFrom, recordedTo: today.occurredTo })).toEqual([2, 3, 4, 5, 6, 7]);
    });

    it('then a legacy decision is found by the date its data gives, not the day it was loaded', () => {
      expect(
        positions({
          occurredFrom: new Date('2024-02-20T00:00:00+01:00'),
          occurredTo: new Date('2024-02-20T23:59:59.999+01:00'),
        }),
      ).toEqual([6]);
    });
  });

  describe('when a live feed filters one row at a time', () => {
    it.each<[string, TimelineFilter]>([
      ['late entries, LATE_ENTRY_DAYS 7', { lateBeyondDays: 7 }],
      ['late entries, LATE_ENTRY_DAYS 0', { lateBeyondDays: 0 }],
      [
        "the world's time",
        { occurredFrom: new Date('2025-01-01T00:00:00Z'), occurredTo: new Date('2026-11-30T00:00:00Z') },
      ],
      [
        'the recorded time',
        { recordedFrom: new Date('2026-11-24T09:00:00.001Z'), recordedTo: new Date('2026-12-02T09:00:00Z') },
      ],
    ])('then it lets through exactly the rows the query finds, by %s', (_name, filter) => {
      expect(
        rows({})
          .filter((r) => matchesTimelineFilter(r, filter))
          .map((r) => Number(r.position)),
      ).toEqual(positions(filter));
    });
  });
});
