import { randomUUID } from 'node:crypto';
import { CommittedIdCache } from './id-cache';

/**
 * The data behind the protocol server: one ordered log (the $all stream) and its per-stream view,
 * with EventStoreDB's write rules (expected revision, id-based idempotency, deletes). Test double
 * only; the header of protocol-server.ts names the server source of each rule.
 */

export interface StoredEvent {
  readonly id: string; // lower-case, as the server prints a Guid
  readonly stream: string;
  readonly revision: bigint;
  /** Commit and prepare position alike: the gRPC append commits every event by itself. */
  readonly position: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, which is what the server puts in "created". */
  readonly created: bigint;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

export type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

/** A stream's last revision, or that it has no events. */
export type CurrentRevision = bigint | 'no_stream';

export type AppendOutcome =
  | {
      readonly kind: 'success';
      readonly current: CurrentRevision;
      readonly position?: bigint;
      /** Settles once the write is indexed (readable); the server answers only then. */
      readonly indexed: Promise<void>;
    }
  | { readonly kind: 'wrong_expected_version'; readonly current: CurrentRevision }
  | { readonly kind: 'stream_deleted' }
  /** IdempotentNotReady: a retry of a write not yet indexed, dropped without an answer. */
  | { readonly kind: 'dropped' };

/** What a stream read finds. */
export type StreamRead =
  | { readonly kind: 'events'; readonly events: readonly StoredEvent[] }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'deleted' };

type Listener = (appended: readonly StoredEvent[]) => void;

export interface LogClock {
  /** The server's wall clock, in ms since the epoch. */
  now(): number;
}

const TICKS_PER_MILLISECOND = 10_000n;
// A prepare record carries a header (ids, flags, positions, timestamps) besides its payload.
const RECORD_OVERHEAD = 64n;
const utf8 = new TextEncoder();
const json = (value: unknown): Uint8Array => utf8.encode(JSON.stringify(value));

export class MemoryLog {
  /** Every record written, in log order; the tail past `indexedCount` is written but not yet indexed. */
  private readonly log: StoredEvent[] = [];
  private indexedCount = 0;
  private readonly streams = new Map<string, StoredEvent[]>();
  /** Soft deletes: revisions below this read as gone ($tb in the stream's metadata). */
  private readonly truncatedBefore = new Map<string, bigint>();
  private readonly tombstoned = new Set<string>();
  private readonly ids: CommittedIdCache;
  private readonly listeners = new Set<Listener>();
  private readonly waitingForIndex: Array<() => void> = [];
  private held = false;
  // A fresh database already holds epoch and chunk records before the first event.
  private nextPosition = 1_216n;

  constructor(
    private readonly clock: LogClock = { now: () => Date.now() },
    idCacheBytes?: number,
  ) {
    this.ids = new CommittedIdCache(idCacheBytes);
  }

  /** A log that, like a real server's, already holds system events, so readers must skip `$` events. */
  static seeded(clock?: LogClock, idCacheBytes?: number): MemoryLog {
    const log = new MemoryLog(clock, idCacheBytes);
    log.write('$scavenges', [system('$scavengeIndexInitialized', json({}))]);
    log.write('$settings', [
      system('$settings', json({ $userStreamAcl: { $r: '$all' }, $systemStreamAcl: { $r: '$admins' } })),
    ]);
    return log;
  }

  /** Every indexed event in log order (what $all reads and subscriptions see). */
  all(): readonly StoredEvent[] {
    return this.log.slice(0, this.indexedCount);
  }

  /** A stream's indexed events by revision, as a read finds them. */
  read(name: string): StreamRead {
    if (this.tombstoned.has(name)) return { kind: 'deleted' };
    const head = this.indexedHead();
    const from = this.truncatedBefore.get(name) ?? 0n;
    const events = (this.streams.get(name) ?? []).filter(
      (event) => head !== undefined && event.position <= head && event.revision >= from,
    );
    return events.length === 0 ? { kind: 'not_found' } : { kind: 'events', events };
  }

  /** Position of the newest indexed event (the head of $all), or undefined for an empty log. */
  headPosition(): bigint | undefined {
    return this.indexedHead();
  }

  /** Calls the listener, synchronously, with the events of every later write once indexed. */
  onAppend(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A restart: what lived only in the node's memory is gone, the log and index are kept. */
  restart(): void {
    this.ids.clear();
    this.release();
  }

  /**
   * Holds indexing back (replication or a slow disk): later writes are in the log and in the id
   * cache but neither readable nor answered until `release`.
   */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    const newly = this.log.slice(this.indexedCount);
    this.indexedCount = this.log.length;
    for (const resolve of this.waitingForIndex.splice(0)) resolve();
    if (newly.length > 0) for (const listener of [...this.listeners]) listener(newly);
  }

  /** Applies an append atomically: all events are written, or (on any failure) none. */
  append(stream: string, expected: ExpectedRevision, events: readonly ProposedEvent[]): AppendOutcome {
    const current = this.current(stream);
    if (this.tombstoned.has(stream)) return { kind: 'stream_deleted' };
    const decision = this.checkCommit(
      stream,
      expected,
      events.map((event) => event.id.toLowerCase()),
    );
    if (decision.kind === 'wrong_expected_version') return { kind: 'wrong_expected_version', current };
    if (decision.kind === 'idempotent') {
      if (!this.isIndexed(decision.last)) return { kind: 'dropped' };
      const readable = (this.truncatedBefore.get(stream) ?? 0n) <= decision.last.revision;
      return {
        kind: 'success',
        current: decision.last.revision,
        // The position comes from reading the event back, which a soft delete makes fail.
        ...(readable ? { position: decision.last.position } : {}),
        indexed: Promise.resolve(),
      };
    }
    if (events.length === 0) return { kind: 'success', current, indexed: Promise.resolve() };
    const written = this.write(stream, events);
    const last = written[written.length - 1];
    return { kind: 'success', current: last.revision, position: last.position, indexed: this.whenIndexed() };
  }

  /** Streams.Delete: a soft delete, written as the stream's metadata; a later append recreates it. */
  softDelete(stream: string, expected: ExpectedRevision): AppendOutcome {
    if (this.tombstoned.has(stream)) return { kind: 'stream_deleted' };
    const current = this.current(stream);
    if (!matchesExactly(expected, current)) return { kind: 'wrong_expected_version', current };
    const truncateBefore = current === 'no_stream' ? 0n : current + 1n;
    this.truncatedBefore.set(stream, truncateBefore);
    const [written] = this.write(`$$${stream}`, [system('$metadata', json({ $tb: Number(truncateBefore) }))]);
    return { kind: 'success', current: written.revision, position: written.position, indexed: this.whenIndexed() };
  }

  /** Streams.Tombstone: the stream is gone for good; its name can never be written again. */
  tombstone(stream: string, expected: ExpectedRevision): AppendOutcome {
    if (this.tombstoned.has(stream)) return { kind: 'stream_deleted' };
    const current = this.current(stream);
    if (!matchesExactly(expected, current)) return { kind: 'wrong_expected_version', current };
    const [written] = this.write(stream, [system('$streamDeleted', new Uint8Array())]);
    this.tombstoned.add(stream);
    return { kind: 'success', current, position: written.position, indexed: this.whenIndexed() };
  }

  private current(stream: string): CurrentRevision {
    const events = this.streams.get(stream);
    return events === undefined ? 'no_stream' : BigInt(events.length - 1);
  }

  private indexedHead(): bigint | undefined {
    return this.log[this.indexedCount - 1]?.position;
  }

  private isIndexed(event: StoredEvent): boolean {
    const head = this.indexedHead();
    return head !== undefined && event.position <= head;
  }

  private whenIndexed(): Promise<void> {
    if (!this.held) return Promise.resolve();
    return new Promise((resolve) => this.waitingForIndex.push(resolve));
  }

  /**
   * EventStoreDB's IndexWriter.CheckCommit. any/stream_exists look ids up in the committed-events
   * cache only: a first id it does not hold (evicted, restarted, written by another node) makes a
   * new write, duplicates and all. An exact revision behind the stream (no_stream counting as -1)
   * compares ids with the cache and then the index. An exact revision equal to the current one
   * checks no ids at all, so a repeated id is then stored twice.
   */
  private checkCommit(
    stream: string,
    expected: ExpectedRevision,
    ids: readonly string[],
  ): { kind: 'ok' } | { kind: 'idempotent'; last: StoredEvent } | { kind: 'wrong_expected_version' } {
    const events = this.streams.get(stream) ?? [];
    const current = BigInt(events.length - 1);
    const wrong = { kind: 'wrong_expected_version' } as const;
    const softDeleted = this.truncatedBefore.has(stream);

    if (expected.kind === 'stream_exists' && (current < 0n || softDeleted)) return wrong;
    if (expected.kind === 'any' || expected.kind === 'stream_exists') {
      let last: StoredEvent | undefined;
      for (const [index, id] of ids.entries()) {
        const cached = this.ids.get(id);
        // A first id unknown to this stream is a new write; a later one breaks the retry.
        if (cached === undefined || cached.stream !== stream) return index === 0 ? { kind: 'ok' } : wrong;
        last = events[Number(cached.revision)];
      }
      return last === undefined ? { kind: 'ok' } : { kind: 'idempotent', last };
    }

    const expectedRevision = expected.kind === 'no_stream' ? -1n : expected.revision;
    if (expectedRevision < current) {
      let revision = expectedRevision;
      for (const id of ids) {
        revision += 1n;
        const cached = this.ids.get(id);
        const inCache = cached?.stream === stream && cached.revision === revision;
        const event = events[Number(revision)];
        const inIndex = event !== undefined && this.isIndexed(event) && event.id === id;
        if (inCache || inIndex) continue;
        if (revision !== expectedRevision + 1n) return wrong;
        // no_stream on a soft-deleted stream recreates it.
        return expected.kind === 'no_stream' && softDeleted ? { kind: 'ok' } : wrong;
      }
      if (revision === expectedRevision) return wrong; // nothing to append
      return { kind: 'idempotent', last: events[Number(revision)] };
    }
    return expectedRevision > current ? wrong : { kind: 'ok' };
  }

  private write(stream: string, proposed: readonly ProposedEvent[]): StoredEvent[] {
    const events = this.streams.get(stream) ?? [];
    const created = BigInt(this.clock.now()) * TICKS_PER_MILLISECOND;
    const written = proposed.map((event, index) => {
      const stored: StoredEvent = {
        ...event,
        id: event.id.toLowerCase(),
        stream,
        revision: BigInt(events.length + index),
        position: this.nextPosition,
        created,
      };
      const size =
        utf8.encode(stream).length + utf8.encode(event.type).length + event.data.length + event.metadata.length;
      this.nextPosition += RECORD_OVERHEAD + BigInt(size);
      return stored;
    });
    events.push(...written);
    this.streams.set(stream, events);
    this.log.push(...written);
    // PreCommit fills the cache before the index, which is why a retry can find an unindexed write.
    for (const event of written) this.ids.put(event.id, { stream, revision: event.revision });
    if (!this.held) this.release();
    return written;
  }
}

/** Delete and tombstone take any, no_stream, stream_exists or the exact current revision. */
function matchesExactly(expected: ExpectedRevision, current: CurrentRevision): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    case 'revision':
      return current === expected.revision;
  }
}

function system(type: string, data: Uint8Array): ProposedEvent {
  return { id: randomUUID(), type, isJson: true, data, metadata: new Uint8Array() };
}
