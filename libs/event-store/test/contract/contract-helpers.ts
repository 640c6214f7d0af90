import { randomUUID } from 'node:crypto';
import {
  AllSubscription,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  RecordedEvent,
  SubscribeToAllOptions,
  WrongExpectedRevisionError,
} from '../../src/event-store';

/** What an adapter's test file hands to the contract for each test. */
export interface ContractFixture {
  store: EventStore;
  /**
   * Opens a new store over the same data. The test closes `store` (or the previous reopened one)
   * before it calls this. Adapters that cannot reopen leave it out and the case is skipped.
   */
  reopen?: () => Promise<EventStore>;
  /** Closes every store the fixture opened (closing twice must be harmless) and drops its data. */
  cleanup: () => Promise<void>;
}

export type CreateStore = () => Promise<ContractFixture>;

/** Gives the cases the fixture of the running test (created in beforeEach). */
export interface ContractContext {
  readonly fixture: ContractFixture;
  /** The store under test; after a reopen, the reopened one. */
  store: EventStore;
}

/** Generous for a remote store, yet a broken subscription fails instead of hanging the run. */
export const WAIT_MS = 5_000;
export const SLOW_TEST_MS = 30_000;

/**
 * A category unique to one test, without a dash, so `${category}-` is a stream prefix that only
 * this test's streams match, even in a shared store that other runs write to.
 */
export function newCategory(): string {
  return `contractTest${randomUUID().replace(/-/g, '')}`;
}

export function newStream(category: string = newCategory()): string {
  return `${category}-${randomUUID()}`;
}

export function prefixOf(stream: string): string {
  return `${stream.slice(0, stream.indexOf('-'))}-`;
}

export function newEvent(
  type = 'ContractTestHappened',
  data: unknown = { at: Date.now() },
  metadata: Record<string, unknown> = {},
): EventToAppend {
  return { id: randomUUID(), type, data, metadata };
}

export function newEvents(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => newEvent(type, { index }));
}

/** The error a promise rejects with; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${String(value)}`);
    },
    (error: unknown) => error,
  );
}

export async function expectWrongExpectedRevision(
  promise: Promise<unknown>,
  expected: { stream: string; expected: ExpectedRevision; actual: number | 'no_stream' },
): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject(expected);
}

/** The stream's current revision, read through the port, as an expectedRevision. */
export async function currentRevision(store: EventStore, stream: string): Promise<number | 'no_stream'> {
  const [last] = await store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
  return last === undefined ? 'no_stream' : last.revision;
}

/** Every event of the streams under `prefix`, in $all order. */
export async function readPrefix(store: EventStore, prefix: string): Promise<RecordedEvent[]> {
  return store.readAll({ filter: { streamPrefixes: [prefix] }, maxCount: 10_000 });
}

export function ids(events: Array<{ id: string }>): string[] {
  return events.map((event) => event.id);
}

/** Rejects with `message()` after `ms`; the timer is cleared so it never holds the test run open. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Takes the next `count` events of a subscription, failing (not hanging) when they do not come. */
export async function take(
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  ms: number = WAIT_MS,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const deadline = Date.now() + ms;
  while (received.length < count) {
    const result = await withTimeout(
      iterator.next(),
      Math.max(deadline - Date.now(), 1),
      () => `Subscription delivered ${received.length} of ${count} events within ${ms} ms`,
    );
    if (result.done === true) {
      throw new Error(`Subscription ended after ${received.length} of ${count} events`);
    }
    received.push(result.value);
  }
  return received;
}

/**
 * Asks for one more event and checks none comes within `ms`. Returns the still pending `next()`
 * (wrapped: an async function returning a promise would wait for it), so the test can then check
 * that unsubscribing settles it.
 */
export async function expectQuiet(
  iterator: AsyncIterator<RecordedEvent>,
  ms: number,
): Promise<{ pending: Promise<IteratorResult<RecordedEvent>> }> {
  const pending = iterator.next();
  const quiet = Symbol('quiet');
  const outcome = await Promise.race([pending, sleep(ms).then(() => quiet)]);
  if (outcome !== quiet) {
    const result = outcome as IteratorResult<RecordedEvent>;
    throw new Error(`Expected no further event, got ${result.done === true ? 'the end' : result.value.id}`);
  }
  return { pending };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Checks positions strictly increase, as $all order requires. */
export function expectStrictlyIncreasing(positions: bigint[]): void {
  for (let index = 1; index < positions.length; index += 1) {
    const [before, after] = [positions[index - 1], positions[index]];
    if (!(after > before)) throw new Error(`Position ${after} at index ${index} does not follow ${before}`);
  }
}

/** A case that waits on subscriptions or many writers, which a remote store makes slow. */
export function slowCase(title: string, body: () => Promise<void>): void {
  it(title, body, SLOW_TEST_MS);
}

/** Subscribes to $all, hands `body` the events, and unsubscribes however the body ends. */
export async function whileSubscribed(
  store: EventStore,
  options: SubscribeToAllOptions,
  body: (events: AsyncIterator<RecordedEvent>, subscription: AllSubscription) => Promise<void>,
): Promise<void> {
  const subscription = store.subscribeToAll(options);
  try {
    await body(subscription[Symbol.asyncIterator](), subscription);
  } finally {
    await subscription.unsubscribe();
  }
}
