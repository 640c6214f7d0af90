import type { Environment } from '../config/environment';
import type { Command, CommandMetadata, Decider, DomainEvent } from '../domain/decider';
import type { Actor, Correction } from '../envelope/envelope';
import type { NamedPerson } from '../personal-data/named-people';
import type { LoadedState } from '../pipeline/load-state';

/** Who sends a request: the verified actor, the correlation, and what the token grants besides its role. */
export interface Sender {
  actor: Actor;
  correlationId: string;
  /** The message that caused the request (a process manager's event); the request itself when a person sent it. */
  causationId?: string;
  /** The forums a coordinator's token names (its `forums` claim). */
  forums: readonly string[];
}

/** What any request may carry besides its own fields: idempotency, optimistic concurrency, a correction. */
export interface RequestOptions {
  commandId?: string;
  expectedRevision?: number;
  correction?: Correction;
}

/**
 * What `prepare` may use, and nothing else: reads of other streams, the configuration, the
 * moment of handling and ids derived from the command id (so a retry mints the same ones).
 */
export interface PrepareTools {
  sender: Sender;
  commandId: string;
  /** Stamped once per request: the decider's `metadata.now`. */
  metadata: CommandMetadata;
  env: Pick<Environment, 'REGIONS'>;
  load<E extends DomainEvent, S>(
    stream: string,
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  ): Promise<LoadedState<S>>;
  /**
   * The events of these types in every stream of a category, in store order: for a check across
   * entities whose ids no stream lists (a campaign's inspections). It reads the store, as fresh as
   * `load`, but scans it: keep it to rare requests.
   */
  scan<E extends DomainEvent>(category: string, types: readonly E['type'][]): Promise<ScannedEvent<E>[]>;
  /** An id derived from the command id and a part name: the same on every retry of the request. */
  idFor(part?: string): string;
}

/** An event `scan` found, with the stream it is in. */
export type ScannedEvent<E extends DomainEvent> = E & { stream: string };

/** The decider command a request becomes, and the people it names (written after the append only). */
export interface Prepared<C extends Command> {
  command: C;
  people?: NamedPerson[];
}

/**
 * One aggregate's way in: the only place a decider command is built. A resolver, a seed or a
 * process manager maps its input to a request `R` and sends it here; `prepare` reads what the
 * decider needs (other streams, access, reference data), so a request type carries no
 * placeholder for those reads and a command cannot be built without them.
 */
export interface CommandEndpoint<R, C extends Command, E extends DomainEvent, S> {
  /** For logs and errors: the aggregate's name. */
  name: string;
  decider: Decider<C, E, S>;
  /** The stream a prepared command acts on. */
  streamOf(command: C): string;
  prepare(request: R, tools: PrepareTools): Prepared<C> | Promise<Prepared<C>>;
}

/** Request of an endpoint, by its type. */
export type RequestOf<P> = P extends CommandEndpoint<infer R, Command, DomainEvent, unknown> ? R : never;

/** Defines an endpoint; a function only so that the types are inferred from the decider. */
export function commandEndpoint<R, C extends Command, E extends DomainEvent, S>(
  endpoint: CommandEndpoint<R, C, E, S>,
): CommandEndpoint<R, C, E, S> {
  return endpoint;
}

/** A request for a command that needs no read: the command's own type, data and reason, without the metadata. */
export type PlainRequest<C extends Command> = C extends Command ? Omit<C, 'metadata'> : never;

/** Builds the command of a plain request: the request plus the moment of handling. */
export function plainCommand<C extends Command>(request: PlainRequest<C>, tools: Pick<PrepareTools, 'metadata'>): C {
  return { ...request, metadata: tools.metadata } as unknown as C;
}
