import type { StoredEvent } from './memory-log';
import type { ServerVersion } from './server-context';

/**
 * Live delivery to a subscriber, with the server's bound: live events wait in a channel of
 * MaxLiveEventBufferCount = 32 while the response stream is backed up (the client does not read,
 * so HTTP/2 flow control stops grpc-js' writes). Past 32:
 * - 23.10 drops the subscriber: "Consumer too slow to handle event while live. Client
 *   resubscription required." as RpcExceptions.Timeout, status ABORTED, which the client reports as
 *   TimeoutError (src/EventStore.Core/Services/Transport/Grpc/Enumerators.AllSubscription.cs,
 *   ConsumerTooSlow; Enumerators.cs for the bound).
 * - 24.10 drops the oldest live event and falls behind: once the stream drains it catches up from
 *   the last event it sent, by reading the log, and goes live again. Its SubscriptionFellBehind is
 *   not sent to clients (Streams.Read.cs: "currently not sent to clients"), so the client sees no
 *   message, only every event once and in order
 *   (src/EventStore.Core/Services/Transport/Enumerators/Enumerator.AllSubscription.cs, GoLive;
 *   Enumerator.cs: LiveChannelOptions, FullMode DropOldest).
 */
export const MAX_LIVE_EVENT_BUFFER_COUNT = 32;

export interface FeedTarget {
  /** Writes one event; false when the response stream is backed up. */
  write(event: StoredEvent): boolean;
  /** Calls back when the backed-up stream drains. */
  onDrain(listener: () => void): void;
  /** 23.10: ends the call with the too-slow error. */
  tooSlow(): void;
  /** 24.10: the events after a position, read from the log to catch up again. */
  eventsAfter(position: bigint | undefined): readonly StoredEvent[];
}

export class LiveFeed {
  private backedUp = false;
  private readonly buffer: StoredEvent[] = [];
  private fellBehind = false;
  private dropped = false;

  constructor(
    private readonly version: ServerVersion,
    private readonly target: FeedTarget,
    /** The position of the last event sent (undefined: none yet). */
    private lastSent: bigint | undefined,
  ) {
    target.onDrain(() => {
      this.backedUp = false;
      this.flush();
    });
  }

  /** Sends an event of the catch-up phase (which the server awaits rather than buffers). */
  catchUp(event: StoredEvent): void {
    this.deliver(event);
  }

  live(event: StoredEvent): void {
    if (this.dropped) return;
    if (this.fellBehind) return; // the catch-up after the drain reads it from the log
    if (!this.backedUp && this.buffer.length === 0) return this.deliver(event);
    this.buffer.push(event);
    if (this.buffer.length <= MAX_LIVE_EVENT_BUFFER_COUNT) return;
    if (this.version === '23.10') {
      this.dropped = true;
      this.buffer.length = 0;
      return this.target.tooSlow();
    }
    this.buffer.shift();
    this.fellBehind = true;
  }

  private flush(): void {
    if (this.fellBehind) {
      this.fellBehind = false;
      this.buffer.length = 0;
      for (const event of this.target.eventsAfter(this.lastSent)) this.deliver(event);
      return;
    }
    while (!this.backedUp && this.buffer.length > 0) this.deliver(this.buffer.shift() as StoredEvent);
  }

  private deliver(event: StoredEvent): void {
    if (this.lastSent !== undefined && event.position <= this.lastSent) return;
    this.lastSent = event.position;
    if (!this.target.write(event)) this.backedUp = true;
  }
}
