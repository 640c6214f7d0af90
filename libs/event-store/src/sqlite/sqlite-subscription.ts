import type { AllSubscription, Position, RecordedEvent } from '../event-store';

/** What a subscription needs from the store. Both calls are synchronous reads of the database. */
export interface SubscriptionSource {
  /** Up to `limit` events matching the subscription's filter after `after` (null: from the first). */
  readAfter(after: Position | null, limit: number): RecordedEvent[];
  /** The last position in the store, or null when it is empty. */
  head(): Position | null;
}

/** Catch-up reads this many events per query, so a long history never sits in memory at once. */
const PAGE_SIZE = 500;

/**
 * A catch-up subscription over SQLite. It has a single cursor and reads forward from it: catch-up
 * and live are the same loop, so there is no hand-over where an event could be lost or repeated.
 * When nothing is left it sleeps until the store signals an append in this process, or the poll
 * interval elapses (appends by another process on the same file give no signal).
 */
export class SqliteAllSubscription implements AllSubscription {
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private iterator: AsyncGenerator<RecordedEvent, void, undefined> | undefined;

  /**
   * @param cursor deliver events strictly after this position (null: from the first event).
   * @param onStop called once when the subscription ends, so the store forgets it.
   */
  constructor(
    private readonly source: SubscriptionSource,
    private cursor: Position | null,
    private readonly pollIntervalMs: number,
    private readonly onStop: (subscription: SqliteAllSubscription) => void,
  ) {}

  /** One iteration per subscription: asking twice returns the same iterator. */
  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    this.iterator ??= this.run();
    return this.iterator;
  }

  /** Ends the iteration; a pending `next()` resolves as done. */
  async unsubscribe(): Promise<void> {
    this.stop();
  }

  /** Called by the store after it committed an append: new events may match. */
  wake(): void {
    this.wakeUp?.();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.wake();
    this.onStop(this);
  }

  private async *run(): AsyncGenerator<RecordedEvent, void, undefined> {
    try {
      while (!this.stopped) {
        // Read the head before the page: if the page is empty, nothing up to that head matches,
        // so the cursor may skip there and the next poll does not rescan non-matching events.
        const head = this.source.head();
        const page = this.source.readAfter(this.cursor, PAGE_SIZE);
        if (page.length === 0) {
          if (head !== null && (this.cursor === null || head > this.cursor)) this.cursor = head;
          await this.sleep();
          continue;
        }
        for (const event of page) {
          // The consumer may have unsubscribed while it held the previous event.
          if (this.stopped) return;
          this.cursor = event.position;
          yield event;
        }
        // Reads are synchronous and a consumer may be too: without this, catching up on a long
        // history would run as one chain of microtasks and starve timers and I/O meanwhile.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.stop();
    }
  }

  /**
   * Resolves on the next wake-up or after the poll interval. The timer is unref'd so an idle
   * subscription never keeps the Node process alive.
   */
  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), this.pollIntervalMs);
      timer.unref();
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      this.wakeUp = done;
    });
  }
}
