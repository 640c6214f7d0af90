import { stockholmDate } from '../domain/calendar';
import type { Command, CommandMetadata } from '../domain/decider';
import type { PrepareTools } from './command-endpoint';

/**
 * A request whose world date `K` may be left out: it is then the day the request is handled. `C` is
 * a command, or a request shape already without some fields (the ones `prepare` fills in).
 */
export type DatedRequest<C extends Omit<Command, 'metadata'>, K extends keyof C['data']> = Omit<
  C,
  'metadata' | 'data'
> & {
  data: Omit<C['data'], K> & { [D in K]?: string };
};

/**
 * The command of a dated request: the date it states, or the Stockholm day of `metadata.now`, so
 * "today" is the same moment the decider judges the date by.
 */
export function onTheDay<R extends { data: object }, K extends string>(
  request: R,
  field: K,
  tools: Pick<PrepareTools, 'metadata'>,
): Omit<R, 'data'> & { data: R['data'] & { [D in K]: string }; metadata: CommandMetadata } {
  const stated = (request.data as Record<string, unknown>)[field] as string | null | undefined;
  return {
    ...request,
    data: { ...request.data, [field]: stated ?? stockholmDate(tools.metadata.now) },
    metadata: tools.metadata,
  } as never;
}
