import { randomUUID } from 'node:crypto';
import type { ServerErrorResponse, ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryLog, StoredEvent } from './memory-log';
import type { ServerContext, ServerVersion } from './server-context';
import { LiveFeed } from './live-feed';
import {
  accessDenied,
  eventResponse,
  invalidArgument,
  streamDeleted,
  streamIdentifier,
  streamName,
  timedOut,
  unauthenticated,
} from './wire';

/**
 * Streams.Read: reads of one stream or of $all (forwards/backwards, counted) and catch-up
 * subscriptions to $all (optionally filtered, with checkpoints) or to one stream. Reading or
 * subscribing to $all needs a user in $admins or $ops on a secure node (the default ACL of system
 * streams); a tombstoned stream answers StreamDeleted. A subscription from a position starts, on
 * 23.10, after the first event at or after that position (Enumerators.AllSubscription.Subscribe:
 * ReadAllEventsForward(position, 1), then catch-up from its NextPos), so from a position that is
 * no event the next event is skipped; 24.10 starts strictly after the position itself
 * (Enumerator.AllSubscription.MainLoop). Live delivery: see live-feed.ts.
 */

type Options = ReadReq.Options;
type Call = ServerWritableStream<ReadReq, ReadResp>;
type Filter = (event: StoredEvent) => boolean;

/** Events a server returns per page when a filter sets no max search window (ReadBatchSize). */
const DEFAULT_SEARCH_WINDOW = 32;

/** `subscriptions` holds a closer per open subscription, for the server to end them on stop. */
export function readHandler(context: ServerContext, subscriptions: Set<() => void>) {
  const log = context.log;
  return (call: Call): void => {
    const user = context.authenticate(call.metadata);
    if (user === 'refused') return fail(call, unauthenticated());
    const options = call.request.getOptions();
    if (options === undefined || !options.hasUuidOption())
      return fail(call, invalidArgument('Read options are incomplete'));
    const filter = options.hasFilter() ? compileFilter(options.getFilter()) : undefined;
    if (filter instanceof Error) return fail(call, filter);
    const subscribe = options.getCountOptionCase() === ReadReq.Options.CountOptionCase.SUBSCRIPTION;
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    const send = (event: StoredEvent): void => {
      if (!call.cancelled) call.write(eventResponse(event, options.getUuidOption()?.hasStructured() === true));
    };

    switch (options.getStreamOptionCase()) {
      case ReadReq.Options.StreamOptionCase.STREAM:
        if (filter !== undefined || (subscribe && backwards))
          return fail(call, invalidArgument('Invalid combination of read options'));
        return subscribe
          ? subscribeToStream(call, log, options, send, subscriptions)
          : readStream(call, log, options, send);
      case ReadReq.Options.StreamOptionCase.ALL:
        if (!context.mayReadAll(user)) return fail(call, accessDenied());
        if (subscribe && backwards) return fail(call, invalidArgument('Invalid combination of read options'));
        return subscribe
          ? subscribeToAll(call, log, context.version, options, filter, subscriptions)
          : readAll(call, log, options, filter, send);
      default:
        return fail(call, invalidArgument('Read options name neither a stream nor $all'));
    }
  };
}

function readStream(call: Call, log: MemoryLog, options: Options, send: (event: StoredEvent) => void): void {
  const streamOptions = options.getStream();
  const name = streamName(streamOptions?.getStreamIdentifier());
  if (streamOptions === undefined || name === undefined) return fail(call, invalidArgument('No stream to read'));
  const found = log.read(name);
  if (found.kind === 'deleted') return fail(call, streamDeleted(name));
  if (found.kind === 'not_found') {
    // Not a gRPC error: a message the client turns into StreamNotFoundError, then a normal end.
    call.write(
      new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name))),
    );
    return void call.end();
  }
  const events = found.events;
  const first = Number(events[0].revision);
  const Case = ReadReq.Options.StreamOptions.RevisionOptionCase;
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const last = events.length - 1;
  const from = ((): number => {
    switch (streamOptions.getRevisionOptionCase()) {
      case Case.REVISION:
        // Array index = revision - first: a soft delete hides the revisions before `first`.
        return backwards
          ? clamp(BigInt(streamOptions.getRevision())) - first
          : Math.max(0, clamp(BigInt(streamOptions.getRevision())) - first);
      case Case.END:
        return backwards ? last : events.length;
      default:
        return 0;
    }
  })();
  const count = clamp(BigInt(options.getCount()));
  const selected = backwards
    ? events.slice(Math.max(0, Math.min(from, last) + 1 - count), Math.min(from, last) + 1).reverse()
    : events.slice(from, from + count);
  selected.forEach(send);
  call.end();
}

function readAll(
  call: Call,
  log: MemoryLog,
  options: Options,
  filter: Filter | undefined,
  send: (event: StoredEvent) => void,
): void {
  const all = log.all();
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const Case = ReadReq.Options.AllOptions.AllOptionCase;
  const allOptions = options.getAll();
  // Forwards includes an event at exactly the given position; backwards starts with the one before it.
  const position =
    allOptions?.getAllOptionCase() === Case.POSITION
      ? BigInt(allOptions.getPosition()?.getCommitPosition() ?? '0')
      : undefined;
  const start = ((): number => {
    switch (allOptions?.getAllOptionCase()) {
      case Case.POSITION: {
        const at = all.findIndex((event) => event.position >= (position ?? 0n));
        const firstAtOrAfter = at === -1 ? all.length : at;
        return backwards ? firstAtOrAfter - 1 : firstAtOrAfter;
      }
      case Case.END:
        return backwards ? all.length - 1 : all.length;
      default:
        return backwards ? -1 : 0;
    }
  })();
  let remaining = clamp(BigInt(options.getCount()));
  for (let index = start; remaining > 0 && index >= 0 && index < all.length; index += backwards ? -1 : 1) {
    if (filter !== undefined && !filter(all[index])) continue;
    send(all[index]);
    remaining -= 1;
  }
  call.end();
}

function subscribeToAll(
  call: Call,
  log: MemoryLog,
  version: ServerVersion,
  options: Options,
  filter: Filter | undefined,
  subscriptions: Set<() => void>,
): void {
  const allOptions = options.getAll();
  const Case = ReadReq.Options.AllOptions.AllOptionCase;
  const head = log.headPosition();
  const structured = options.getUuidOption()?.hasStructured() === true;
  // Events strictly after `after` are delivered; undefined means from the start.
  const after = ((): bigint | undefined => {
    switch (allOptions?.getAllOptionCase()) {
      case Case.POSITION:
        return startAfter(log, version, BigInt(allOptions.getPosition()?.getCommitPosition() ?? '0'));
      case Case.END:
        return head;
      default:
        return undefined;
    }
  })();

  let writable = true;
  const write = (response: ReadResp): void => {
    if (!call.cancelled) writable = call.write(response);
  };
  // Checkpoints only for filtered subscriptions: every `interval` events looked at, and on catching up.
  const interval = filter === undefined ? undefined : checkpointInterval(options.getFilter());
  let considered = 0;
  let lastCheckpoint: bigint | undefined;
  const checkpoint = (position: bigint): void => {
    if (lastCheckpoint !== undefined && position <= lastCheckpoint) return;
    lastCheckpoint = position;
    const text = position.toString();
    write(new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(text).setPreparePosition(text)));
  };
  const consider = (event: StoredEvent): boolean => {
    if (filter === undefined || filter(event)) write(eventResponse(event, structured));
    if (interval !== undefined && ++considered >= interval) {
      considered = 0;
      checkpoint(event.position);
    }
    return writable;
  };

  const feed = new LiveFeed(
    version,
    {
      write: consider,
      onDrain: (listener) => call.on('drain', listener),
      tooSlow: () =>
        call.emit('error', timedOut('Consumer too slow to handle event while live. Client resubscription required.')),
      eventsAfter: (position) => log.all().filter((event) => position === undefined || event.position > position),
    },
    after,
  );
  confirm(call);
  const live = after !== undefined && (head === undefined || after >= head);
  if (!live) {
    for (const event of log.all()) feed.catchUp(event);
    if (interval !== undefined && head !== undefined) checkpoint(head);
  }
  goLive(call, log, (appended) => appended.forEach((event) => feed.live(event)), subscriptions);
}

/** Where a subscription from `position` starts: after the event it names (see the header). */
function startAfter(log: MemoryLog, version: ServerVersion, position: bigint): bigint {
  if (version === '24.10') return position;
  const atOrAfter = log.all().find((event) => event.position >= position);
  return atOrAfter?.position ?? position;
}

function subscribeToStream(
  call: Call,
  log: MemoryLog,
  options: Options,
  send: (event: StoredEvent) => void,
  subscriptions: Set<() => void>,
): void {
  const streamOptions = options.getStream();
  const name = streamName(streamOptions?.getStreamIdentifier());
  if (streamOptions === undefined || name === undefined)
    return fail(call, invalidArgument('No stream to subscribe to'));
  const Case = ReadReq.Options.StreamOptions.RevisionOptionCase;
  const found = log.read(name);
  if (found.kind === 'deleted') return fail(call, streamDeleted(name));
  const existing = found.kind === 'events' ? found.events : [];
  // Events with a revision strictly after `after` are delivered.
  const after = ((): bigint => {
    switch (streamOptions.getRevisionOptionCase()) {
      case Case.REVISION:
        return BigInt(streamOptions.getRevision());
      case Case.END:
        return existing.at(-1)?.revision ?? -1n;
      default:
        return -1n;
    }
  })();
  const wanted = (event: StoredEvent): boolean => event.stream === name && event.revision > after;
  confirm(call);
  existing.filter(wanted).forEach(send);
  goLive(call, log, (appended) => appended.filter(wanted).forEach(send), subscriptions);
}

function confirm(call: Call): void {
  call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
}

/** Sends caught_up, then every later append, until the call ends (client cancel or server stop). */
function goLive(
  call: Call,
  log: MemoryLog,
  onAppend: (events: readonly StoredEvent[]) => void,
  subscriptions: Set<() => void>,
): void {
  call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
  const stopListening = log.onAppend(onAppend);
  const close = (): void => {
    stopListening();
    subscriptions.delete(close);
  };
  subscriptions.add(close);
  call.on('cancelled', close);
  call.on('close', close);
}

function compileFilter(options: ReadReq.Options.FilterOptions | undefined): Filter | ServerErrorResponse {
  const byStream = options?.hasStreamIdentifier() === true;
  const expression = byStream ? options?.getStreamIdentifier() : options?.getEventType();
  if (expression === undefined) return invalidArgument('A filter needs a stream identifier or event type expression');
  const subject = (event: StoredEvent): string => (byStream ? event.stream : event.type);
  const regex = expression.getRegex();
  if (regex !== '') {
    try {
      const compiled = new RegExp(regex); // .NET and JavaScript regexes agree on the usual subset
      return (event) => compiled.test(subject(event));
    } catch {
      return invalidArgument(`Invalid filter regex: ${regex}`);
    }
  }
  const prefixes = expression.getPrefixList();
  return (event) => prefixes.some((prefix) => subject(event).startsWith(prefix));
}

function checkpointInterval(options: ReadReq.Options.FilterOptions | undefined): number {
  const window =
    options?.getWindowCase() === ReadReq.Options.FilterOptions.WindowCase.MAX
      ? options.getMax()
      : DEFAULT_SEARCH_WINDOW;
  return Math.max(1, options?.getCheckpointintervalmultiplier() ?? 1) * Math.max(1, window);
}

function clamp(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function fail(call: Call, error: ServerErrorResponse): void {
  call.emit('error', error);
}
