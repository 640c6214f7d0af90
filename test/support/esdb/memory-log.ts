import { randomUUID } from 'node:crypto';

/**
 * The data behind the protocol server: one ordered log (the $all stream) and its per-stream view,
 * with EventStoreDB's write rules (expected revision and id-based idempotency). Test double only.
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
  | { readonly kind: 'success'; readonly current: CurrentRevision; readonly position?: bigint }
  | { readonly kind: 'wrong_expected_version'; readonly current: CurrentRevision };

type Listener = (appended: readonly StoredEvent[]) => void;

const TICKS_PER_MILLISECOND = 10_000n;
// A prepare record carries a header (ids, flags, positions, timestamps) besides its payload.
const RECORD_OVERHEAD = 64n;
const utf8 = new TextEncoder();

export class MemoryLog {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  /** Latest event written with each id: the server's committed-events cache, here never evicted. */
  private readonly byId = new Map<string, StoredEvent>();
  private readonly listeners = new Set<Listener>();
  // A fresh database already holds epoch and chunk records before the first event.
  private nextPosition = 1_216n;

  /** A log that, like a real server's, already holds system events, so readers must skip `$` events. */
  static seeded(): MemoryLog {
    const log = new MemoryLog();
    const json = (value: unknown): Uint8Array => utf8.encode(JSON.stringify(value));
    log.write('$scavenges', [system('$scavengeIndexInitialized', json({}))]);
    log.write('$settings', [
      system('$settings', json({ $userStreamAcl: { $r: '$all' }, $systemStreamAcl: { $r: '$admins' } })),
    ]);
    return log;
  }

  /** Every event in log order. */
  all(): readonly StoredEvent[] {
    return this.log;
  }

  /** A stream's events by revision, or undefined when it has none. */
  stream(name: string): readonly StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  /** Position of the newest event (the head of $all), or undefined for an empty log. */
  headPosition(): bigint | undefined {
    return this.log.at(-1)?.position;
  }

  /** Calls the listener, synchronously, with the events of every later successful write. */
  onAppend(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies an append atomically: all events are written, or (on any failure) none. */
  append(stream: string, expected: ExpectedRevision, events: readonly ProposedEvent[]): AppendOutcome {
    const current = this.current(stream);
    const decision = this.checkCommit(
      stream,
      expected,
      events.map((event) => event.id.toLowerCase()),
    );
    if (decision.kind === 'wrong_expected_version') return { kind: 'wrong_expected_version', current };
    if (decision.kind === 'idempotent') {
      return { kind: 'success', current: decision.last.revision, position: decision.last.position };
    }
    if (events.length === 0) return { kind: 'success', current };
    const written = this.write(stream, events);
    const last = written[written.length - 1];
    return { kind: 'success', current: last.revision, position: last.position };
  }

  private current(stream: string): CurrentRevision {
    const events = this.streams.get(stream);
    return events === undefined ? 'no_stream' : BigInt(events.length - 1);
  }

  /**
   * EventStoreDB's IndexWriter.CheckCommit. Ids are only looked at when expected is any/stream_exists
   * or an exact revision (no_stream counting as -1) behind the stream; an exact revision equal to
   * the current one writes without any id check, so a repeated id is then stored twice.
   */
  private checkCommit(
    stream: string,
    expected: ExpectedRevision,
    ids: readonly string[],
  ): { kind: 'ok' } | { kind: 'idempotent'; last: StoredEvent } | { kind: 'wrong_expected_version' } {
    const events = this.streams.get(stream) ?? [];
    const current = BigInt(events.length - 1);
    const wrong = { kind: 'wrong_expected_version' } as const;

    if (expected.kind === 'stream_exists' && current < 0n) return wrong;
    if (expected.kind === 'any' || expected.kind === 'stream_exists') {
      let last: StoredEvent | undefined;
      for (const [index, id] of ids.entries()) {
        const stored = this.byId.get(id);
        // A first id unknown to this stream is a new write; a later one breaks the retry.
        if (stored === undefined || stored.stream !== stream) return index === 0 ? { kind: 'ok' } : wrong;
        last = stored;
      }
      return last === undefined ? { kind: 'ok' } : { kind: 'idempotent', last };
    }

    const expectedRevision = expected.kind === 'no_stream' ? -1n : expected.revision;
    if (expectedRevision < current) {
      let revision = expectedRevision;
      for (const id of ids) {
        revision += 1n;
        if (events[Number(revision)]?.id !== id) return wrong;
      }
      if (revision === expectedRevision) return wrong; // nothing to append
      return { kind: 'idempotent', last: events[Number(revision)] };
    }
    return expectedRevision > current ? wrong : { kind: 'ok' };
  }

  private write(stream: string, proposed: readonly ProposedEvent[]): StoredEvent[] {
    const events = this.streams.get(stream) ?? [];
    const created = BigInt(Date.now()) * TICKS_PER_MILLISECOND;
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
    for (const event of written) this.byId.set(event.id, event);
    for (const listener of [...this.listeners]) listener(written);
    return written;
  }
}

function system(type: string, data: Uint8Array): ProposedEvent {
  return { id: randomUUID(), type, isJson: true, data, metadata: new Uint8Array() };
}
