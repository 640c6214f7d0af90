import {
  AppendTooLargeError,
  EventStore,
  EventToAppend,
  IdempotencyMismatchError,
  Position,
  RecordedEvent,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { Command, Decider, DomainEvent } from '../domain/decider';
import { checkWorldTime, handlingTime, WorldTime, worldTimeOf, WorldTimeSource } from '../domain/world-time';
import { Actor, Correction, EventMetadata } from '../envelope/envelope';
import {
  CHAIN_HASH_KEY,
  CHAIN_VERSION_KEY,
  chainHash,
  CURRENT_CHAIN_VERSION,
  storedChainHash,
} from '../integrity/event-hash';
import { CORE_RULES } from '../errors/core.rules';
import { ConcurrencyConflict } from '../errors/domain-errors';
import { eventIdFor } from './event-ids';
import { earlierStated, FoldedStreams, foldStream } from './folded-streams';
import { refusePersonalIdentityNumbers } from './personal-identity-number-guard';
import type { NamedPerson } from '../personal-data/named-people';

/** Who sends the command and how it links to what came before. */
export interface CommandContext {
  actor: Actor;
  commandId: string;
  correlationId: string;
  /** The message that caused this command; the command itself when a person sent it. */
  causationId?: string;
  /** The revision the caller last saw (-1: the entity must not exist yet). */
  expectedRevision?: number;
  /** Set when the command corrects an earlier event of the same stream. */
  correction?: Correction;
  /**
   * People the command names, by the ids its events carry. The pipeline writes them to the person
   * directory only after the append (or on a replay of it), never for a refused command; they never
   * enter the envelope.
   */
  people?: NamedPerson[];
}

export interface CommandResult {
  stream: string;
  /** The stream's revision after the command (-1 if it appended nothing to a new stream). */
  revision: number;
  /** Position of the command's last event, or of the stream's head when it appended nothing. */
  position: Position | null;
  /** True when the command id had already been handled: nothing new was appended. */
  replayed: boolean;
  events: DomainEvent[];
}

/** Unforced races (no expectedRevision from the caller) are re-decided this many times. */
const MAX_ATTEMPTS = 8;

/**
 * Load the stream, fold it with evolve, decide, append with the envelope. A failed command
 * appends nothing: decide and the personal identity number check throw before append, and append
 * is atomic. With `deps.folded`, the fold starts from the stream as the last command left it and
 * reads only the events appended since.
 */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  deps: { store: EventStore; catalog: EventCatalog; folded?: FoldedStreams },
  stream: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
): Promise<CommandResult> {
  try {
    return await decideAndAppend(deps, stream, decider, command, context);
  } catch (error) {
    // An operator deleted the entity's stream for good (EventStoreDB's tombstone): reading and
    // appending both refuse, and no retry can help, so the caller gets a rule code, not a 500.
    if (error instanceof StreamDeletedError) {
      throw CORE_RULES.violation('STREAM_DELETED', `${stream} was deleted for good in the event store`, { stream });
    }
    throw error;
  }
}

async function decideAndAppend<C extends Command, E extends DomainEvent, S>(
  deps: { store: EventStore; catalog: EventCatalog; folded?: FoldedStreams },
  stream: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
): Promise<CommandResult> {
  for (let attempt = 1; ; attempt++) {
    const folded = await foldStream(deps, stream, decider);
    if (folded.commandIds.has(context.commandId)) {
      const history = await deps.store.readStream(stream);
      return replayedResult(
        stream,
        history.filter((e) => (e.metadata as Partial<EventMetadata>).commandId === context.commandId),
      );
    }

    const current = folded.revision;
    const expected = context.expectedRevision;
    if (expected !== undefined && expected !== current) {
      throw new ConcurrencyConflict(stream, expected, current);
    }
    let earliest = folded.existedFrom;
    if (context.correction) {
      // Rare: a correction is checked against the whole history, which the fold does not keep.
      const history = current < 0 ? [] : await deps.store.readStream(stream, { maxCount: current + 1 });
      checkCorrection(stream, history, context.correction);
      earliest = existedFrom(deps.catalog, history, context.correction);
    }
    const state = folded.state;
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { stream, revision: current, position: folded.last?.position ?? null, replayed: false, events };
    }
    const sources = decider.worldTimes as Record<string, WorldTimeSource<C, S> | undefined>;
    const world = worldTimeOf(sources[command.type], command, state);
    checkWorldTime(world, command.metadata.now, { stream, existedFrom: earliest });
    // Read at each attempt: a retried append is recorded when it happens.
    const recordedAt = new Date();
    const toAppend = envelopeEvents(deps.catalog, stream, folded.last, events, command, context, recordedAt, world);
    refusePersonalIdentityNumbers(toAppend);
    try {
      const result = await deps.store.append(stream, toAppend, {
        expectedRevision: current < 0 ? 'no_stream' : current,
      });
      return { stream, revision: result.nextExpectedRevision, position: result.position, replayed: false, events };
    } catch (error) {
      if (error instanceof IdempotencyMismatchError) {
        throw CORE_RULES.violation('COMMAND_ID_REUSED', 'This commandId was already used for another command');
      }
      if (error instanceof AppendTooLargeError) {
        throw CORE_RULES.violation(
          'COMMAND_TOO_LARGE',
          `The command's events carry more than the ${error.maxBytes} bytes one append may hold; nothing was stored`,
        );
      }
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (expected !== undefined || attempt >= MAX_ATTEMPTS) {
        throw new ConcurrencyConflict(stream, expected ?? current, error.actual === 'no_stream' ? -1 : error.actual);
      }
      // A little jitter spreads the racers out, so each retry is likelier to see a quiet stream.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3 * attempt));
    }
  }
}

/**
 * The earliest day the entity's recorded facts state, ignoring the one being corrected (a
 * correction may move it earlier); null while every fact is dated only by its handling.
 */
function existedFrom(catalog: EventCatalog, history: RecordedEvent[], correction: Correction): string | null {
  return history.reduce(
    (earliest: string | null, event) =>
      event.id === correction.corrects ? earliest : earlierStated(catalog, event, earliest),
    null,
  );
}

function envelope(
  catalog: EventCatalog,
  event: DomainEvent,
  index: number,
  command: Command,
  context: CommandContext,
  recordedAt: Date,
  world: WorldTime,
): EventToAppend {
  const definition = catalog.definitionOf(event.type);
  const reason = command.reason?.trim() || undefined;
  if (definition.kind === 'decision' && !reason) {
    throw CORE_RULES.violation('REASON_REQUIRED', `${event.type} is a decision and needs a reason`);
  }
  const metadata: EventMetadata = {
    actor: context.actor,
    commandId: context.commandId,
    commandType: command.type,
    $correlationId: context.correlationId,
    $causationId: context.causationId ?? context.commandId,
    occurredAt: world.at.toISOString(),
    occurredFrom: world.from,
    recordedAt: recordedAt.toISOString(),
    kind: definition.kind,
    ...(reason ? { reason } : {}),
    schemaVersion: definition.schemaVersion,
    ...(context.correction ? { correction: context.correction } : {}),
  };
  return { id: eventIdFor(context.commandId, index), type: event.type, data: event.data, metadata: { ...metadata } };
}

/**
 * A command's events as the store receives them: each in its envelope, linked into the stream's
 * hash chain after `last` (the stream's last event; null for a new stream). Exported for bulk
 * loaders (the benchmarks' data) that keep stream heads themselves and must write the same events.
 * `recordedAt` is hashed with each event and stored by the store as its recorded time (chain
 * format 2), so it is the time of the append; `world` is when the fact happened (the handling time
 * unless given).
 */
export function envelopeEvents(
  catalog: EventCatalog,
  stream: string,
  last: Pick<RecordedEvent, 'revision' | 'metadata'> | null,
  events: DomainEvent[],
  command: Command,
  context: CommandContext,
  recordedAt: Date = new Date(),
  world: WorldTime = handlingTime(command.metadata.now),
): EventToAppend[] {
  return chain(
    stream,
    last,
    events.map((event, index) => envelope(catalog, event, index, command, context, recordedAt, world)),
  );
}

/**
 * Links each new event to the one before it in the stream. The append that follows expects the
 * exact revision the chain was built on, so a racing writer makes it fail rather than fork the chain.
 */
function chain(
  stream: string,
  last: Pick<RecordedEvent, 'revision' | 'metadata'> | null,
  events: EventToAppend[],
): EventToAppend[] {
  let previous = last ? storedChainHash(last.metadata) : null;
  return events.map((given, index) => {
    const event = { ...given, metadata: { ...given.metadata, [CHAIN_VERSION_KEY]: CURRENT_CHAIN_VERSION } };
    const revision = (last ? last.revision + 1 : 0) + index;
    const hash = chainHash(previous, {
      id: event.id,
      stream,
      revision,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    });
    previous = hash;
    return { ...event, metadata: { ...event.metadata, [CHAIN_HASH_KEY]: hash } };
  });
}

function checkCorrection(stream: string, history: RecordedEvent[], correction: Correction): void {
  if (!correction.reason.trim()) {
    throw CORE_RULES.violation('REASON_REQUIRED', 'A correction needs a reason');
  }
  if (!history.some((e) => e.id === correction.corrects)) {
    throw CORE_RULES.violation(
      'CORRECTED_EVENT_NOT_FOUND',
      `Event ${correction.corrects} is not in ${stream}: a correction cites an event of the entity it corrects`,
    );
  }
}

function replayedResult(stream: string, earlier: RecordedEvent[]): CommandResult {
  const last = earlier[earlier.length - 1];
  return {
    stream,
    revision: last.revision,
    position: last.position,
    replayed: true,
    events: earlier.map((e) => ({ type: e.type, data: e.data })),
  };
}
