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
