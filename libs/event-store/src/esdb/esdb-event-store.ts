import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  ReadPosition,
  MaxAppendSizeExceededError,
  START,
  StreamDeletedError as EsdbStreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
} from '@eventstore/db-client';
import { checkExpected, prepareAppend, retriedAppend, SerialisedEvent } from '../append-rules';
import {
  AllSubscription,
  AppendOptions,
  AppendTooLargeError,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailableError,
  StreamDeletedError,
  SubscribeToAllOptions,
  WrongExpectedRevisionError,
} from '../event-store';
import {
  isSystemEvent,
  matchesFilter,
  positionOf,
  toEsdbExpected,
  toReadPosition,
  toRecorded,
  unreachableOr,
} from './esdb-conversions';
import { EsdbAllSubscription, ReconnectPolicy, SubscriptionEvents, SubscriptionQueue } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  reconnect?: Partial<ReconnectPolicy>;
  /**
   * How long an append waits for the server's answer, measured on this machine's clock; then it
   * fails with StoreUnavailableError (it may still land: retry with the same ids). Default 10 s.
   */
  appendTimeoutMs?: number;
  /** How many received events a subscription holds for a slow consumer before it pauses the server stream. */
  subscriptionQueue?: SubscriptionQueue;
  /** Told when a subscription drops and resumes, for the logs. */
  subscriptionEvents?: SubscriptionEvents;
}

/** $all is read in pages of this many records when the caller's filter is applied here. */
const PAGE = 1_000;
// Capped below PROJECTION_WAIT_TIMEOUT_MS's default, so a mutation after an outage still reads its write.
const DEFAULT_APPEND_TIMEOUT_MS = 10_000;
/** Each conflict of a narrowed append means another writer landed, so N racing writers need N tries at most. */
const FLEXIBLE_ATTEMPTS = 100;
const DEFAULT_RECONNECT: ReconnectPolicy = { initialDelayMs: 200, maxDelayMs: 3_000 };

/**
 * The EventStoreDB adapter of the event store port, for production and clusters. It passes the
 * same contract suite as the SQLite adapter; where EventStoreDB's own behaviour differs from the
 * contract, the adapter closes the gap:
 * - idempotency: the server checks the ids of an any/stream_exists append only against a cache of
 *   its own recent writes (lost on restart), and none when the exact revision is the current one,
 *   so the adapter reads the stream first, applies the contract's retry rules itself (ids are
 *   unique per stream, as in EventStoreDB; an id in another stream is not seen) and sends the exact
 *   revision it read, which the server checks against its index;
 * - positions are the events' commit positions, which gRPC appends give every event its own of;
 * - the client's readAll has no server-side filter, so readAll filters here, page by page;
 *   subscriptions use the server's stream-name or event-type filters;
 * - connection loss: calls fail with StoreUnavailableError; subscriptions resume by themselves.
 */
export class EsdbEventStore implements EventStore {
  readonly positionSpace = 'eventstoredb';
  private readonly subscriptions = new Set<EsdbAllSubscription>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly reconnect: ReconnectPolicy;
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EsdbEventStoreOptions,
  ) {
    this.reconnect = { ...DEFAULT_RECONNECT, ...options.reconnect };
  }

  /** Connects lazily: the first call opens the channel, so a store that is down fails that call. */
  static connect(connectionString: string, options: EsdbEventStoreOptions = {}): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  append(stream: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    return this.track(this.appendNow(stream, events, options));
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const from = options.fromRevision ?? (forwards ? 'start' : 'end');
    const events: RecordedEvent[] = [];
    try {
      const reading = this.client.readStream(stream, {
        direction: forwards ? FORWARDS : BACKWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : BigInt(from),
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of reading) {
        if (resolved.event !== undefined) events.push(toRecorded(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      if (error instanceof EsdbStreamDeletedError) throw new StreamDeletedError(stream);
      throw unreachableOr('readStream', error);
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const from = options.fromPosition ?? (forwards ? 'start' : 'end');
    // The server reads from a position inclusively; the port's bound is exclusive.
    let bound: Position | undefined = typeof from === 'bigint' ? from : undefined;
    let cursor: ReadPosition = toReadPosition(from);
    const events: RecordedEvent[] = [];
    while (events.length < limit) {
      const size = options.filter === undefined ? Math.min(PAGE, limit - events.length + 2) : PAGE;
      const page = await this.readAllPage(cursor, forwards, size);
      for (const { event } of page) {
        if (event === undefined) continue;
        const position = positionOf(event);
        if (bound !== undefined && (forwards ? position <= bound : position >= bound)) continue;
        if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
        events.push(toRecorded(event));
        if (events.length >= limit) break;
      }
      const last = page.at(-1)?.event;
      if (page.length < size || last?.position === undefined) break;
      cursor = last.position;
      bound = positionOf(last);
    }
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const subscription = new EsdbAllSubscription(
      this.client,
      options.fromPosition ?? 'start',
      options.filter,
      this.reconnect,
      this.options.subscriptionEvents ?? {},
      () => this.headPosition(),
      (ended) => this.subscriptions.delete(ended),
      this.options.subscriptionQueue,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    const [last] = await this.readAll({ direction: 'backwards', maxCount: 1 });
    return last?.position ?? null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    await this.client.dispose();
  }

  private async appendNow(stream: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    const serialised = prepareAppend(stream, events, expected);
    for (let attempt = 1; ; attempt += 1) {
      const history = await this.readStream(stream);
      const stored = new Map(
        history.map((event) => [event.id, { stream, revision: BigInt(event.revision), position: event.position }]),
      );
      const retried = retriedAppend(stream, serialised, (id) => stored.get(id));
      if (retried !== undefined) return retried;
      const last = history.at(-1);
      if (serialised.length === 0) {
        checkExpected(stream, expected, last === undefined ? 'no_stream' : last.revision);
        return { nextExpectedRevision: last?.revision ?? -1, position: last?.position ?? -1n };
      }
      // The server looks the ids of an any/stream_exists append up only in a cache of its own
      // recent writes, which a restart, a failover or eviction empties: a retry racing its original
      // would then be written twice. An exact revision behind the stream is checked against the
      // index instead, so the adapter sends the revision it read and, on a conflict, reads again.
      const sent = narrowed(expected, last?.revision);
      try {
        return await this.send(stream, serialised, sent);
      } catch (error) {
        const conflict = error instanceof WrongExpectedRevisionError;
        if (!conflict || !isFlexible(expected) || sent === expected || attempt >= FLEXIBLE_ATTEMPTS) {
          throw conflict ? new WrongExpectedRevisionError(stream, expected, error.actual) : error;
        }
      }
    }
  }

  private async send(stream: string, serialised: SerialisedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    try {
      const result = await this.withinAppendTimeout(
        this.client.appendToStream(stream, serialised.map(toJsonEvent), {
          expectedRevision: toEsdbExpected(expected),
          // BatchAppend sends its deadline as a time of this machine's clock, which the server
          // subtracts its own clock from: a server some seconds ahead refuses every append as past
          // its deadline. With no deadline the server's own WriteTimeoutMs bounds the write, and
          // this adapter's relative timer bounds the wait.
          deadline: Infinity,
        }),
      );
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      // An idempotent answer carries no position when the server could not read the event back.
      const position = result.position?.commit ?? (await this.positionOf(stream, nextExpectedRevision));
      return { nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevisionError(
          stream,
          expected,
          typeof actual === 'bigint' ? Number(actual) : 'no_stream',
        );
      }
      // A server configured below the shared limit (MaxAppendSize) refuses what passed it.
      if (error instanceof MaxAppendSizeExceededError) throw new AppendTooLargeError(stream, error.maxAppendSize);
      if (error instanceof EsdbStreamDeletedError) throw new StreamDeletedError(stream);
      throw unreachableOr('append', error);
    }
  }

  private async withinAppendTimeout<T>(append: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const ms = this.options.appendTimeoutMs ?? DEFAULT_APPEND_TIMEOUT_MS;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError('append', new Error(`no answer within ${ms} ms`))), ms);
    });
    try {
      return await Promise.race([append, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async positionOf(stream: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(stream, { fromRevision: revision, maxCount: 1 });
    if (event === undefined) throw new Error(`EventStoreDB did not report the position of ${stream}'s append`);
    return event.position;
  }

  private async readAllPage(
    from: ReadPosition,
    forwards: boolean,
    maxCount: number,
  ): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({
        fromPosition: from,
        direction: forwards ? FORWARDS : BACKWARDS,
        maxCount,
      })) {
        page.push(resolved);
      }
    } catch (error) {
      throw unreachableOr('readAll', error);
    }
    return page;
  }

  private track<T>(operation: Promise<T>): Promise<T> {
    this.inFlight.add(operation);
    const settle = () => this.inFlight.delete(operation);
    operation.then(settle, settle);
    return operation;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The EventStoreDB store is closed');
  }
}

/** Expectations the adapter may narrow to the revision it read (see appendNow). */
function isFlexible(expected: ExpectedRevision): boolean {
  return expected === 'any' || expected === 'stream_exists';
}

/** The exact expectation that stands for `expected` at the revision read (a soft-deleted stream reads as none). */
function narrowed(expected: ExpectedRevision, current: number | undefined): ExpectedRevision {
  if (expected === 'any') return current ?? 'no_stream';
  if (expected === 'stream_exists') return current ?? expected;
  return expected;
}

/** The data was serialised once already (to fail before any I/O); the client serialises again. */
function toJsonEvent(event: SerialisedEvent) {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: JSON.parse(event.data) as Record<string, unknown>,
    metadata: JSON.parse(event.metadata) as Record<string, unknown>,
  });
}
