import type { AllStreamResolvedEvent, AllStreamSubscription, EventStoreDBClient } from '@eventstore/db-client';
import type { AllFilter, AllSubscription, Position, RecordedEvent } from '../event-store';
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
}

/** Above this many undelivered events the server stream is paused (back-pressure on catch-up). */
const HIGH_WATER = 1_000;
const LOW_WATER = 100;

/**
 * A catch-up subscription to $all over EventStoreDB that survives connection loss: when the
 * server stream errors or ends, it subscribes again after a backoff from the last event it
 * queued, so the consumer sees every event once, in order, across the outage. Events are queued
 * here rather than read through the client's stream, so a drop never discards what arrived.
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

  constructor(
    private readonly client: EventStoreDBClient,
    from: Position | 'start' | 'end',
    private readonly filter: AllFilter | undefined,
    private readonly policy: ReconnectPolicy,
    private readonly events: SubscriptionEvents,
    readHead: () => Promise<Position | null>,
    private readonly onStop: (subscription: EsdbAllSubscription) => void,
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
        if (this.queue.length < LOW_WATER && this.current?.isPaused()) this.current.resume();
        return { done: false, value };
      }
      if (this.stopped) return { done: true, value: undefined };
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private connect(): void {
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(this.cursor),
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
    if (this.queue.length >= HIGH_WATER) subscription.pause();
    this.wake();
  }

  private drop(subscription: AllStreamSubscription, error: unknown): void {
    if (this.stopped || subscription !== this.current) return;
    this.current = undefined;
    void subscription.unsubscribe().catch(() => undefined);
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
