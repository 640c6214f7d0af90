import { Command, Decider, DomainEvent, handled, WorldTimes } from '@samverkan/core/domain';

/**
 * The audit's records (an erasure, a seal, a month's participant report) are each one command
 * deciding one event in a stream of its own, made now. `decide` keeps the record's rules; a
 * command or event of another type throws, as a switch's `never` default would.
 */
export function auditDecider<C extends Command, E extends DomainEvent, S>(record: {
  command: C['type'];
  event: E['type'];
  initialState: () => S;
  decide: (command: C, state: S) => E[];
  evolve: (state: S, event: E) => S;
}): Decider<C, E, S> {
  return {
    initialState: record.initialState,
    decide(command, state) {
      if (command.type !== record.command) throw new Error(`Unknown command ${String(command.type)}`);
      return record.decide(command, state);
    },
    evolve(state, event) {
      if (event.type !== record.event) throw new Error(`Unknown event ${String(event.type)}`);
      return record.evolve(state, event);
    },
    worldTimes: { [record.command]: handled } as WorldTimes<C, S>,
  };
}
