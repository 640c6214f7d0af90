import { DomainEvent } from '../domain/decider';
import { ModuleEvents } from '../domain/event-catalog';

/** The timeline line of any event of the module, as its catalogue writes it. */
export function summaryOf(moduleEvents: ModuleEvents): (event: DomainEvent) => string {
  return (event) => (moduleEvents.definitions[event.type].summary as (data: unknown) => string)(event.data);
}

/** Each event a decision when its type is listed in `decisions`, else an action, and all of schema version 1. */
export function expectKinds(moduleEvents: ModuleEvents, events: readonly DomainEvent[], decisions: readonly string[]) {
  for (const event of events) {
    const kind = decisions.includes(event.type) ? 'decision' : 'action';
    expect([event.type, moduleEvents.definitions[event.type]]).toEqual([
      event.type,
      expect.objectContaining({ kind, schemaVersion: 1 }),
    ]);
  }
}

/**
 * The module registers the event types of each of its streams and no other, `count` in all (so a
 * stream's definitions dropped from both sides still fails), under its name and stream categories.
 */
export function expectRegistered(
  moduleEvents: ModuleEvents,
  expected: { module: string; categories: string[]; streams: readonly object[]; count: number },
) {
  const defined = expected.streams.flatMap((definitions) => Object.keys(definitions));
  expect(Object.keys(moduleEvents.definitions).sort()).toEqual(defined.sort());
  expect(defined).toHaveLength(expected.count);
  expect(moduleEvents).toMatchObject({ module: expected.module, categories: expected.categories });
}

/** Each list of codes has a label for every code and no other; `firstLetter`, where given, starts each label. */
export function expectLabels(lists: readonly (readonly [readonly string[], object])[], firstLetter?: RegExp) {
  for (const [codes, labels] of lists) {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    if (firstLetter) for (const label of Object.values(labels)) expect(label).toMatch(firstLetter);
  }
}
