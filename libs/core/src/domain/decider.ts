import type { WorldTimes } from './world-time';

/**
 * What a module's domain exposes: pure functions, no Nest and no I/O.
 * Time and new ids travel in the command's metadata so that `decide` stays deterministic.
 */

/** The facts a command carries besides its data: when, and the ids the caller minted. */
export interface CommandMetadata {
  /** The moment the command is handled at (server time); the fact's own time is its world time. */
  now: Date;
}

export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
  /** Why: required by the pipeline whenever a decision event results. */
  reason?: string;
}

export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

export type EventKind = 'decision' | 'action';

export interface Decider<C extends Command, E extends DomainEvent, S> {
  initialState(): S;
  evolve(state: S, event: E): S;
  /** Returns the events the command leads to, or throws a DomainRuleViolation. */
  decide(command: C, state: S): E[];
  /** When each command's fact happened in the world (see world-time.ts). */
  worldTimes: WorldTimes<C, S>;
}

/** Folds events into state with the decider's own evolve. */
export function fold<E extends DomainEvent, S>(
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  events: readonly E[],
): S {
  return events.reduce(decider.evolve, decider.initialState());
}

/**
 * One function per command type. The mapped type makes the table exhaustive, as a `never`
 * default in a switch would: a new command type without its entry does not compile.
 */
export type CommandTable<C extends Command, S, E extends DomainEvent> = {
  [T in C['type']]: (command: Extract<C, { type: T }>, state: S) => E[];
};

/**
 * A `decide` that hands each command to its type's entry in `table`. `aggregate` words the error
 * for a type outside the union, which only a caller that bypassed the types can send.
 */
export function decideByType<C extends Command, S, E extends DomainEvent>(
  aggregate: string,
  table: CommandTable<C, S, E>,
): (command: C, state: S) => E[] {
  return (command, state) => {
    // Own keys only: a command typed `constructor` must not reach Object's prototype.
    if (!Object.prototype.hasOwnProperty.call(table, command.type)) {
      throw new Error(`Unknown ${aggregate} command ${command.type}`);
    }
    const decideOne = table[command.type as C['type']] as (command: C, state: S) => E[];
    return decideOne(command, state);
  };
}

/**
 * Table entries for the commands on an existing entity: `find` reads the entity the command's
 * `idField` names from the state (and refuses when there is none or it is in the wrong status),
 * then the entry decides with the command and that entity.
 */
export function onEntity<S, X, K extends string>(find: (state: S, id: string) => X, idField: K) {
  return <C extends Command<string, { [F in K]: string }>, E extends DomainEvent>(
      decide: (command: C, entity: X) => E[],
    ) =>
    (command: C, state: S): E[] =>
      decide(command, find(state, command.data[idField]));
}
