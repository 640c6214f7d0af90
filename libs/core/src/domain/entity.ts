import { NotFoundError } from '../errors/domain-errors';
import type { Command, Decider, DomainEvent } from './decider';
import { NotStarted } from './evolve';
import { ofEntity, WorldTimes, WorldTimeSource } from './world-time';

/**
 * The stream of each entity of a category: `<category>-<id>`. A category holds no dash, because
 * EventStoreDB's category projection splits a stream's name on its first dash.
 */
export function streamOfCategory<Id extends string | number = string>(category: string): (id: Id) => string {
  if (category.includes('-')) throw new Error(`The stream category ${category} holds a dash`);
  return (id) => `${category}-${id}`;
}

/**
 * The decider of an entity that does not exist before the event that starts its stream (as
 * `evolveEntity` folds it). `none` is the status before the start, as the module spells it.
 */
export function entityDecider<C extends Command, E extends DomainEvent, X, None extends string = 'NONE'>(
  evolve: (state: NotStarted<None> | X, event: E) => NotStarted<None> | X,
  decide: (command: C, state: NotStarted<None> | X) => E[],
  worldTimes: WorldTimes<C, NotStarted<None> | X>,
  none: None = 'NONE' as None,
): Decider<C, E, NotStarted<None> | X> {
  return { initialState: () => ({ status: none }), evolve, decide, worldTimes };
}

/**
 * A fact dated by a date its entity recorded, e.g. attendance on the day the meeting was held:
 * `atEntityDate('meeting', 'heldOn')` reads `meeting.heldOn`; before the entity started, nothing.
 */
export function atEntityDate<C extends Command, X extends { [K in F]?: string }, F extends string>(
  entity: string,
  field: F,
): WorldTimeSource<C, NotStarted | X> {
  return ofEntity(`${entity}.${field}`, (state: NotStarted | X) =>
    (state as NotStarted).status === 'NONE' ? undefined : (state as X)[field],
  );
}

/**
 * How a decider finds the entity a command names: the entity once its stream has started, and
 * before that a NotFoundError (`<ENTITY>_NOT_FOUND`). `none` is the status before the start.
 */
export function existingIn<X, None extends string = 'NONE'>(
  entity: string,
  none: None = 'NONE' as None,
): (state: NotStarted<None> | X, id: string) => X {
  return (state, id) => {
    if ((state as Partial<NotStarted<None>>).status === none) throw new NotFoundError(entity, id);
    return state as X;
  };
}
