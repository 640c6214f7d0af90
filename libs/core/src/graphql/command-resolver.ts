import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Command, DomainEvent } from '../domain/decider';
import { CommandEndpoint, Sender } from '../endpoint/command-endpoint';
import { SentRequest } from '../endpoint/send-request';
import { CommandPipeline } from '../nest/command-pipeline.service';
import { ByIdsQuery } from '../nest/read-model-queries';
import { PersonDirectory } from '../personal-data/person-directory';
import { CommandInput, CommandPayload, sentPayload } from './command-input';
import { oneFound } from './one-found';

type AnyEndpoint<R> = CommandEndpoint<R, Command, DomainEvent, unknown>;
/** Any endpoint that takes requests of R, whatever its decider's commands, events and state. */
type Endpoint<R> = Pick<AnyEndpoint<R>, 'name' | 'prepare'>;

/**
 * The resolver of one aggregate's commands. Its mutations map input to a request of `R`
 * (@CommandMutation hands it to `send`); `send` is the one way such a request reaches the
 * aggregate's endpoint, and answers with the write and what `shown` reads back after it.
 */
@Injectable()
export abstract class EndpointResolver<R> {
  /** The aggregate's endpoint, which every request of this resolver goes to. */
  protected abstract readonly endpoint: Endpoint<R>;

  constructor(
    protected readonly pipeline: CommandPipeline,
    protected readonly queries: QueryBus,
    protected readonly persons: PersonDirectory,
  ) {}

  /**
   * What a payload shows besides the write: the entity with the `id` of the stream the request was
   * appended to (for a new one, the id its endpoint minted), as the read models have it after the
   * append, for the sender.
   */
  protected abstract shown(id: string, sender: Sender): Promise<object>;

  /**
   * The one row a read by id returns for `id` (the entity the resolver's queries and payloads show),
   * or NOT_FOUND naming `entity`.
   */
  protected async found<T>(query: new (ids: string[]) => ByIdsQuery<T[]>, entity: string, id: string): Promise<T> {
    return oneFound(entity, id, await this.queries.execute(new query([id])));
  }

  async send(request: R, sender: Sender, input: CommandInput): Promise<CommandPayload> {
    const sent = await this.pipeline.send(this.endpoint as AnyEndpoint<R>, request, sender, input);
    return { ...sentPayload(sent), ...(await this.shown(idOfStream(sent), sender)) };
  }
}

/** The id part of `<category>-<id>`: a category never holds a dash, an id may. */
function idOfStream({ stream }: SentRequest): string {
  return stream.slice(stream.indexOf('-') + 1);
}

/**
 * The EndpointResolver of one endpoint: a resolver `extends CommandResolverOf(itsEndpoint)`, so the
 * endpoint, and with it the type of request its mutations map to, is named once.
 */
export function CommandResolverOf<R>(endpoint: Endpoint<R>) {
  @Injectable()
  abstract class ResolverOfEndpoint extends EndpointResolver<R> {
    protected readonly endpoint = endpoint;
  }
  return ResolverOfEndpoint;
}
