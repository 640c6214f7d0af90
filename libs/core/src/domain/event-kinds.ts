import { EventDefinition } from './event-catalog';

/**
 * The definition of an event type still at its first shape (schemaVersion 1), which is every type
 * until one changes: a later version spells its definition out, with the upcaster that lifts older data.
 */
export function action<Data>(summary: (data: Data) => string): EventDefinition<Data> {
  return { kind: 'action', schemaVersion: 1, summary };
}

/** As `action`, for a decision: the pipeline then requires the command's reason. */
export function decision<Data>(summary: (data: Data) => string): EventDefinition<Data> {
  return { kind: 'decision', schemaVersion: 1, summary };
}
