import type { EventStore } from '@samverkan/event-store';
import { randomUUID } from 'node:crypto';
import type { EventCatalog } from '../catalog/event-catalog';
import type { Environment } from '../config/environment';
import type { Command, DomainEvent } from '../domain/decider';
import { writeNamedPeople } from '../personal-data/named-people';
import type { PersonDirectory } from '../personal-data/person-directory';
import { entityIdFor } from '../pipeline/event-ids';
import type { FoldedStreams } from '../pipeline/folded-streams';
import { CommandContext, CommandResult, handleCommand } from '../pipeline/handle-command';
import { loadState, scanCategory } from '../pipeline/load-state';
import type { CommandEndpoint, PrepareTools, RequestOptions, Sender } from './command-endpoint';

export interface EndpointDeps {
  store: EventStore;
  catalog: EventCatalog;
  persons: PersonDirectory;
  env: Pick<Environment, 'REGIONS'>;
  /** Streams folded by earlier commands, to start from (see FoldedStreams); none: every fold reads the whole stream. */
  folded?: FoldedStreams;
}

/** What a sent request led to, with the command id it ran under (minted when the request had none). */
export interface SentRequest extends CommandResult {
  commandId: string;
  /** How many named people were written to the person directory. */
  peopleNamed: number;
}

/**
 * Sends one request through its endpoint: prepare (the only place the command is built), decide
 * and append, then write the people it names. After the append, so a refused command leaves no
 * name behind; also on a replay, so a retry after a crash between the append and this write still
 * names them. Plain functions over the store, so tests run it without Nest.
 */
export async function sendRequest<R, C extends Command, E extends DomainEvent, S>(
  deps: EndpointDeps,
  endpoint: CommandEndpoint<R, C, E, S>,
  request: R,
  sender: Sender,
  options: RequestOptions = {},
): Promise<SentRequest> {
  const commandId = options.commandId ?? randomUUID();
  const tools: PrepareTools = {
    sender,
    commandId,
    metadata: { now: new Date() },
    env: deps.env,
    load: (stream, decider) => loadState(deps, stream, decider),
    scan: (category, types) => scanCategory(deps, category, types),
    idFor: (part) => entityIdFor(commandId, part),
  };
  const { command, people } = await endpoint.prepare(request, tools);
  const context: CommandContext = {
    actor: sender.actor,
    commandId,
    correlationId: sender.correlationId || commandId,
    ...(sender.causationId ? { causationId: sender.causationId } : {}),
    expectedRevision: options.expectedRevision,
    ...(options.correction
      ? { correction: { corrects: options.correction.corrects, reason: options.correction.reason.trim() } }
      : {}),
  };
  const result = await handleCommand(deps, endpoint.streamOf(command), endpoint.decider, command, context);
  const peopleNamed = await writeNamedPeople(deps.persons, people, result.events);
  return { ...result, commandId, peopleNamed };
}
