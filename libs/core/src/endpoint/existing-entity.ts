import type { Decider, DomainEvent } from '../domain/decider';
import { NotFoundError } from '../errors/domain-errors';
import type { PrepareTools } from './command-endpoint';

/** A state past its decider's initial one, whose status the modules spell `NONE` (tips: `none`). */
export type Existing<S> = Exclude<S, { status: 'NONE' } | { status: 'none' }>;

/**
 * The state of an entity a request needs to exist (the forum of a meeting, the impulse of a tip),
 * read from its stream; NOT_FOUND while the stream has not left the decider's initial status.
 */
export async function loadExisting<E extends DomainEvent, S extends { status: string }>(
  tools: Pick<PrepareTools, 'load'>,
  stream: string,
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  notFound: { entity: string; id: string },
): Promise<Existing<S>> {
  const { state } = await tools.load(stream, decider);
  if (state.status === decider.initialState().status) throw new NotFoundError(notFound.entity, notFound.id);
  return state as Existing<S>;
}
