import {
  AccessDeniedError,
  BACKWARDS,
  FORWARDS,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  StoreAccessDeniedError,
  type AllFilter,
  type AllSubscription,
  type Position,
  type RecordedEvent,
} from '../event-store';
import { isSystemEvent, matchesFilter, serverFilter, toReadPosition, toRecorded } from './esdb-conversions';

/** How a dropped subscription comes back. */
export interface ReconnectPolicy {
  /** First wait after a drop; doubled per failed attempt up to `maxDelayMs`, with jitter. */
  initialDelayMs: number;
  maxDelayMs: number;
}

/** What the subscription tells its owner about the connection (for logs). */
export interface SubscriptionEvents {
  dropped?(error: unknown, retryInMs: number): void;
  resumed?(from: Position | 'start' | 'end'): void;
  /** The server refused the right to read $all: the subscription has ended. */
  denied?(error: StoreAccessDeniedError): void;
}

/** How many received events wait for the consumer before the server stream is paused, and when it resumes. */
export interface SubscriptionQueue {
  highWater: number;
  lowWater: number;
}

/** Above 1,000 undelivered events the server stream is paused (back-pressure on catch-up). */
export const DEFAULT_QUEUE: SubscriptionQueue = { highWater: 1_000, lowWater: 100 };

/**
 * A catch-up subscription to $all over EventStoreDB that survives connection loss: when the
 * server stream errors or ends, it subscribes again after a backoff from the last event it
 * queued, so the consumer sees every event once, in order, across the outage. Events are queued
 * here rather than read through the client's stream, so a drop never discards what arrived. A
 * server that drops a slow consumer (23.10: "consumer too slow" once 32 live events wait) is such
 * a drop. Before subscribing from a position the adapter finds the last event at or before it:
 * 23.10 starts after the first event at or after the position it is given, so a position that is
 * no event (a checkpoint from before a scavenge) would skip one. Access denied ends the
 * subscription with StoreAccessDeniedError: retrying cannot grant the right.
 */
export class EsdbAllSubscription implements AllSubscription {
  private readonly queue: RecordedEvent[] = [];
  private readonly waiters: Array<() => void> = [];
  private current: AllStreamSubscription | undefined;
  private cursor: Position | 'start' | 'end';
  /** With 'end' and nothing received yet, a reconnect resumes after the head seen at start. */
  private headAtStart: Position | 'start' | undefined;
  private failures = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    from: Position | 'start' | 'end',
    private readonly filter: AllFilter | undefined,
    private readonly policy: ReconnectPolicy,
    private readonly events: SubscriptionEvents,
    readHead: () => Promise<Position | null>,
    private readonly onStop: (subscription: EsdbAllSubscription) => void,
    private readonly queueBounds: SubscriptionQueue = DEFAULT_QUEUE,
  ) {
    this.cursor = from;
    if (from === 'end') {
      readHead().then(
        (head) => (this.headAtStart = head ?? 'start'),
        () => undefined,
      );
    }
    this.connect();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.unsubscribe();
        return { done: true, value: undefined };
      },
    };
  }

  async unsubscribe(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const current = this.current;
    this.current = undefined;
    this.wake();
    this.onStop(this);
    await current?.unsubscribe();
  }

  private async next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      const value = this.queue.shift();
      if (value !== undefined) {
        if (this.queue.length < this.queueBounds.lowWater && this.current?.isPaused()) this.current.resume();
        return { done: false, value };
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.stopped) return { done: true, value: undefined };
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private connect(): void {
    this.startingPoint().then(
      (from) => {
        if (!this.stopped) this.open(from);
      },
      (error: unknown) => this.drop(undefined, error),
    );
  }

  /** Where to ask the server to start: the cursor if it is an event, else the last event before it. */
  private async startingPoint(): Promise<ReadPosition> {
    const cursor = this.cursor;
    if (typeof cursor !== 'bigint') return toReadPosition(cursor);
    const at = toReadPosition(cursor);
    const [atOrAfter] = await this.read(at, FORWARDS);
    if (atOrAfter?.event?.position?.commit === cursor) return at;
    const [before] = await this.read(at, BACKWARDS);
    return before?.event?.position ?? toReadPosition('start');
  }

  private async read(from: ReadPosition, direction: typeof FORWARDS | typeof BACKWARDS) {
    const events: AllStreamResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: from, direction, maxCount: 1 })) {
      events.push(resolved);
    }
    return events;
  }

  private open(from: ReadPosition): void {
    const subscription = this.client.subscribeToAll({
      fromPosition: from,
      filter: serverFilter(this.filter),
    });
    this.current = subscription;
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (subscription === this.current) this.receive(subscription, resolved);
    });
    subscription.on('error', (error: unknown) => this.drop(subscription, error));
    subscription.on('end', () => this.drop(subscription, new Error('EventStoreDB ended the subscription')));
  }

  private receive(subscription: AllStreamSubscription, resolved: AllStreamResolvedEvent): void {
    const event = resolved.event;
    if (event === undefined || isSystemEvent(event) || !matchesFilter(event, this.filter)) return;
    const recorded = toRecorded(event);
    // After a resubscription the server may repeat the event at the cursor: deliver it once.
    if (typeof this.cursor === 'bigint' && recorded.position <= this.cursor) return;
    this.cursor = recorded.position;
    this.failures = 0;
    this.queue.push(recorded);
    if (this.queue.length >= this.queueBounds.highWater) subscription.pause();
    this.wake();
  }

  private drop(subscription: AllStreamSubscription | undefined, error: unknown): void {
    if (this.stopped || subscription !== this.current) return;
    this.current = undefined;
    void subscription?.unsubscribe().catch(() => undefined);
    if (error instanceof AccessDeniedError) {
      const denied = new StoreAccessDeniedError('reading $all', error);
      this.failure = denied;
      this.events.denied?.(denied);
      void this.unsubscribe();
      return;
    }
    const base = Math.min(this.policy.initialDelayMs * 2 ** this.failures, this.policy.maxDelayMs);
    const delay = Math.round(base / 2 + (Math.random() * base) / 2);
    this.failures += 1;
    this.events.dropped?.(error, delay);
    this.retryTimer = setTimeout(() => {
      if (this.stopped) return;
      if (this.cursor === 'end' && this.headAtStart !== undefined) this.cursor = this.headAtStart;
      this.events.resumed?.(this.cursor);
      this.connect();
    }, delay);
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
