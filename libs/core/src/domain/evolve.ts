import type { DomainEvent } from './decider';

/** An entity's state before the event that starts its stream; `None` is how the module spells it. */
export interface NotStarted<None extends string = 'NONE'> {
  status: None;
}

/** An entity's initial state, where the module spells it NONE. */
export function notStarted(): NotStarted {
  return { status: 'NONE' };
}

/** The event types that start an entity, each building it from its event alone. */
export type StartTable<E extends DomainEvent, Start extends E['type'], X> = {
  [T in Start]: (event: Extract<E, { type: T }>) => X;
};

/**
 * One change per later event type. The mapped type makes the table exhaustive, as a `never` default in
 * a switch would: a new event type without its entry does not compile.
 */
export type ChangeTable<E extends DomainEvent, Start extends E['type'], X> = {
  [T in Exclude<E['type'], Start>]: (entity: X, event: Extract<E, { type: T }>) => X;
};

/**
 * The `evolve` of an entity whose stream a first event starts: `start` builds the entity from that
 * event, `change` folds each later event into it. A later event cannot come before the start in a
 * well-formed stream; if one did, it changes nothing, as does a type outside the union (only a caller
 * that bypassed the types can send one). `none` is the status before the start, as the module spells it.
 */
export function evolveEntity<E extends DomainEvent, X, Start extends E['type'], None extends string = 'NONE'>(
  start: StartTable<E, Start, X>,
  change: ChangeTable<E, Start, X>,
  none: None = 'NONE' as None,
): (state: NotStarted<None> | X, event: E) => NotStarted<None> | X {
  return (state, event) => {
    // Own keys only: an event typed `constructor` must not reach Object's prototype.
    if (Object.prototype.hasOwnProperty.call(start, event.type)) {
      return (start[event.type as Start] as (event: E) => X)(event);
    }
    if (!Object.prototype.hasOwnProperty.call(change, event.type) || isNotStarted(state, none)) return state;
    const changeOne = change[event.type as Exclude<E['type'], Start>] as (entity: X, event: E) => X;
    return changeOne(state, event);
  };
}

function isNotStarted<None extends string, X>(state: NotStarted<None> | X, none: None): state is NotStarted<None> {
  return (state as Partial<NotStarted<None>>).status === none;
}
