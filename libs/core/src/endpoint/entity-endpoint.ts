import type { Command, Decider, DomainEvent } from '../domain/decider';
import type { CommandEndpoint } from './command-endpoint';
import { PrepareSteps, steps } from './prepare-steps';

/**
 * The endpoint of an entity whose stream is `<category>-<id>` (`streamOfCategory`) and whose every
 * command names it by the data field `idField`: the stream follows from that field, and the
 * endpoint is named after the category, so a log names it as the store does. `byType` takes the
 * table of prepare steps of the request union `R`.
 */
export function entityEndpoint<C extends Command, E extends DomainEvent, S, K extends keyof C['data'] & string>(
  decider: Decider<C, E, S>,
  stream: (id: C['data'][K]) => string,
  idField: K,
) {
  const streamOf = (command: C): string => stream((command.data as Record<K, C['data'][K]>)[idField]);
  return {
    byType: <R extends { type: C['type'] }>(table: PrepareSteps<R, C>): CommandEndpoint<R, C, E, S> => ({
      name: categoryOf(stream),
      decider,
      streamOf,
      prepare: steps.byType(table),
    }),
  };
}

/** The category of a stream function: what it writes before the first dash (a category holds none). */
function categoryOf<Id>(stream: (id: Id) => string): string {
  const sample = stream('' as Id);
  return sample.slice(0, sample.indexOf('-'));
}
