import type { Command, CommandMetadata } from '../domain/decider';
import { plainCommand, PlainRequest, PrepareTools, Prepared } from './command-endpoint';
import { onTheDay } from './dated-requests';

/** A request of command `C` whose data is `D`: what the sender gives where `prepare` completes the data. */
export type RequestWith<C extends Command, D> = Omit<C, 'metadata' | 'data'> & { data: D };

/** A request of command `C` without the data fields `K`, which `prepare` fills in (ids, reads). */
export type RequestWithout<C extends Command, K extends keyof C['data']> = RequestWith<C, Omit<C['data'], K>>;

/** How `prepare` turns one type of request into its command. */
export type PrepareStep<R, C extends Command> = (request: R, tools: PrepareTools) => Prepared<C> | Promise<Prepared<C>>;

/** One step for each type of the request union `R`: a type without one does not compile. */
export type PrepareSteps<R extends { type: string }, C extends Command> = {
  [T in R['type']]: PrepareStep<Extract<R, { type: T }>, C>;
};

/**
 * A `prepare` that hands each request to the step of its type. Most endpoints are a table of
 * such steps, many of them `steps.plain` or `steps.dated`; the table names every type, so a new
 * request cannot fall through to a default that builds its command unread.
 */
function byType<R extends { type: string }, C extends Command>(
  steps: PrepareSteps<R, C>,
): (request: R, tools: PrepareTools) => Promise<Prepared<C>> {
  return async (request, tools) => (steps[request.type as R['type']] as PrepareStep<R, C>)(request, tools);
}

/** The step of a request that needs no read: its command is the request with the moment of handling. */
function plain<C extends Command>(request: PlainRequest<C>, tools: PrepareTools): Prepared<C> {
  return { command: plainCommand<C>(request, tools) };
}

/** The step of a request whose day `field` may be left out: it is then the day the request is handled. */
function dated<K extends string>(field: K) {
  return <R extends { data: object }>(request: R, tools: PrepareTools) => ({
    command: onTheDay(request, field, tools),
  });
}

/** The command of a request whose data `prepare` completed: the request's type and reason, that data, the moment. */
function command<R extends { type: string }, D>(
  request: R,
  data: D,
  tools: Pick<PrepareTools, 'metadata'>,
): Omit<R, 'data'> & { data: D; metadata: CommandMetadata } {
  return { ...request, data, metadata: tools.metadata };
}

/**
 * The pieces a `prepare` is made of, under one name: `steps.byType({ … })` with a step per request
 * type, `steps.plain` and `steps.dated(field)` for the common ones, `steps.command(request, data, tools)`
 * where a step completes the data.
 */
export const steps = { byType, plain, dated, command };
