import { DomainEvent } from '../domain/decider';
import { ModuleEvents } from '../domain/event-catalog';
import { expectOneLineSummaries } from './summary-lines';

/** The timeline line of any event of the module, as its catalogue writes it. */
export function summaryOf(moduleEvents: ModuleEvents): (event: DomainEvent) => string {
  return (event) => (moduleEvents.definitions[event.type].summary as (data: unknown) => string)(event.data);
}

/** One event of every type of a stream's union, each under its own type: a catalogue test's sample. */
export type OneOfEach<E extends DomainEvent> = { [T in E['type']]: Extract<E, { type: T }> };

export interface ModuleCatalogue {
  /** The module's name, the timeline's module filter. */
  module: string;
  /**
   * Each stream category of the module, in its order, with one sample event of each type of that
   * stream (typed `OneOfEach`, so a type without its sample does not compile).
   */
  streams: Record<string, Readonly<Record<string, DomainEvent>>>;
  /** How many event types the streams define together, so a stream dropped from both sides still fails. */
  count: number;
  /** The types that are decisions; every other type is an action. */
  decisions: readonly string[];
  /** Free texts and people that no timeline line may show. */
  hidden: readonly string[];
}

/**
 * What every module's event catalogue holds, tested one way for all: the types of its streams and no
 * other under the module's name and categories, each a decision or an action of schema version 1,
 * and each summarised in one Swedish line that shows no person and none of the hidden texts.
 */
export function describeModuleEvents(moduleEvents: ModuleEvents, catalogue: ModuleCatalogue): void {
  const { module, streams, count, decisions, hidden } = catalogue;
  const events = Object.values(streams).flatMap((oneOfEach) => Object.values(oneOfEach));

  it('registers every event type of its streams under their categories, and no other', () => {
    const defined = Object.values(streams).flatMap((oneOfEach) => Object.keys(oneOfEach));
    expect(Object.keys(moduleEvents.definitions).sort()).toEqual(defined.sort());
    expect(defined).toHaveLength(count);
    expect(moduleEvents).toMatchObject({ module, categories: Object.keys(streams) });
    for (const [type, event] of Object.values(streams).flatMap((oneOfEach) => Object.entries(oneOfEach))) {
      expect(event.type).toBe(type);
    }
  });

  it(`marks ${decisions.join(', ')} as decisions, the rest as actions, all of schema version 1`, () => {
    for (const event of events) {
      const kind = decisions.includes(event.type) ? 'decision' : 'action';
      expect([event.type, moduleEvents.definitions[event.type]]).toEqual([
        event.type,
        expect.objectContaining({ kind, schemaVersion: 1 }),
      ]);
    }
  });

  it('summarises every event in one Swedish line without people or free text', () => {
    expectOneLineSummaries(events, summaryOf(moduleEvents), hidden);
  });
}

/** Each list of codes has a label for every code and no other; `firstLetter`, where given, starts each label. */
export function expectLabels(lists: readonly (readonly [readonly string[], object])[], firstLetter?: RegExp) {
  for (const [codes, labels] of lists) {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    if (firstLetter) for (const label of Object.values(labels)) expect(label).toMatch(firstLetter);
  }
}
