import Database from 'better-sqlite3';
import { EventCatalog, EventMetadata } from '@samverkan/core';
import type { RecordedEvent } from '@samverkan/event-store';
import { timelineProjection } from '../src/read-model/timeline.projection';
import { TimelineFilter, queryTimeline } from '../src/read-model/timeline.query';

/** Two modules, three actors, two organisations, two correlations, three days. */
function catalog(): EventCatalog {
  const c = new EventCatalog();
  const action = { kind: 'action' as const, schemaVersion: 1, summary: (d: { n: number }) => `Steg ${d.n}` };
  c.register({
    module: 'plan',
    categories: ['plan'],
    definitions: { Drafted: action, Decided: { ...action, kind: 'decision' } },
  });
  c.register({ module: 'tips', categories: ['impulse', 'tip'], definitions: { Reported: action } });
  return c;
}

interface Given {
  stream: string;
  type: string;
  actor: string;
  organisation: string;
  day: number;
  correlation: string;
  kind?: 'action' | 'decision';
}

const GIVEN: Given[] = [
  { stream: 'plan-2025', type: 'Drafted', actor: 'anna', organisation: 'FK', day: 1, correlation: 'c1' },
  { stream: 'impulse-1', type: 'Reported', actor: 'bo', organisation: 'FK', day: 1, correlation: 'c2' },
  {
    stream: 'plan-2025',
    type: 'Decided',
    actor: 'cia',
    organisation: 'AV',
    day: 2,
    correlation: 'c1',
    kind: 'decision',
  },
  { stream: 'tip-1', type: 'Reported', actor: 'cia', organisation: 'AV', day: 3, correlation: 'c2' },
  { stream: 'plan-2026', type: 'Drafted', actor: 'anna', organisation: 'FK', day: 3, correlation: 'c3' },
];

function recorded(given: Given, index: number): RecordedEvent {
  const occurredAt = `2025-03-0${given.day}T09:00:00.000Z`;
  const metadata: EventMetadata = {
    actor: { id: given.actor, organisation: given.organisation, role: 'STEERING_GROUP' },
    commandId: `cmd-${index}`,
    commandType: given.type,
    $correlationId: given.correlation,
    $causationId: `cmd-${index}`,
    occurredAt,
    kind: given.kind ?? 'action',
    reason: given.kind === 'decision' ? 'Beslut i styrgruppen' : undefined,
    schemaVersion: 1,
  };
  return {
    id: `event-${index}`,
    stream: given.stream,
    revision: 0,
    position: BigInt(index + 1),
    type: given.type,
    data: { n: index },
    metadata: { ...metadata },
    recordedAt: new Date(occurredAt),
  };
}

describe('the audit timeline read model', () => {
  const db = new Database(':memory:');
  const projection = timelineProjection(catalog());
  projection.setup(db);
  GIVEN.forEach((given, index) => projection.apply(db, recorded(given, index)));

  const streamsFor = (filter: TimelineFilter, after: bigint | null = null, limit = 100): string[] =>
    queryTimeline(db, filter, after, limit).map((row) => `${row.stream}@${row.position}`);

  it('given events of two modules, then without a filter it lists them all in position order', () => {
    expect(streamsFor({})).toEqual(['plan-2025@1', 'impulse-1@2', 'plan-2025@3', 'tip-1@4', 'plan-2026@5']);
  });

  it.each<[string, TimelineFilter, string[]]>([
    ['module, over every category it owns', { module: 'tips' }, ['impulse-1@2', 'tip-1@4']],
    ['stream', { stream: 'plan-2025' }, ['plan-2025@1', 'plan-2025@3']],
    ['actor id', { actorId: 'cia' }, ['plan-2025@3', 'tip-1@4']],
    ['organisation', { organisation: 'FK' }, ['plan-2025@1', 'impulse-1@2', 'plan-2026@5']],
    ['kind', { kind: 'decision' }, ['plan-2025@3']],
    ['correlation id', { correlationId: 'c2' }, ['impulse-1@2', 'tip-1@4']],
    [
      'time range, both ends included',
      { occurredFrom: new Date('2025-03-02T09:00:00.000Z'), occurredTo: new Date('2025-03-03T09:00:00.000Z') },
      ['plan-2025@3', 'tip-1@4', 'plan-2026@5'],
    ],
    [
      'several filters at once, all of which must hold',
      { module: 'plan', organisation: 'FK' },
      ['plan-2025@1', 'plan-2026@5'],
    ],
  ])('when filtering by %s, then only the matching entries come', (_name, filter, expected) => {
    expect(streamsFor(filter)).toEqual(expected);
  });

  it('when paging after a position with a limit, then the next entries of the filter come', () => {
    expect(streamsFor({ organisation: 'FK' }, 1n, 1)).toEqual(['impulse-1@2']);
  });

  it('keeps the decision reason, the causation and a readable summary of each entry', () => {
    const [decision] = queryTimeline(db, { kind: 'decision' }, null, 10);
    expect(decision).toMatchObject({ reason: 'Beslut i styrgruppen', causation_id: 'cmd-2', summary: 'Steg 2' });
  });

  it('given an event replayed at the same position, then the timeline keeps a single entry', () => {
    projection.apply(db, recorded(GIVEN[0], 0));
    expect(streamsFor({ stream: 'plan-2025' })).toEqual(['plan-2025@1', 'plan-2025@3']);
  });
});
