/**
 * The server's committed-events cache (IndexWriter._committedEvents, a BoundedCache<Guid, EventInfo>
 * of ESConsts.CommitedEventsMemCacheLimit = 8 MiB): the only place an any/stream_exists append looks
 * its ids up. It lives in the node's memory, holds only this node's own writes, forgets everything
 * on a restart, and evicts in insertion order once its estimated size passes the limit.
 * Sources (oss-v23.10.1): src/EventStore.Core/Services/Storage/ReaderIndex/BoundedCache.cs,
 * src/EventStore.Core/Settings/ESConsts.cs, src/EventStore.Core/Caching/MemSizer.cs.
 */

export interface CachedId {
  readonly stream: string;
  readonly revision: bigint;
}

export const COMMITTED_EVENTS_CACHE_BYTES = 8 * 1024 * 1024;

// MemSizer.StringSize; a .NET string is UTF-16 plus a terminator, rounded up to a pointer.
const STRING_HEADER = 20;
const POINTER = 8;

/** What IndexWriter charges per entry: a Guid, an event number, a reference, the stream name. */
export function entrySize(stream: string): number {
  const name = STRING_HEADER + stream.length * 2 + 1;
  return 16 + 4 + POINTER + Math.ceil(name / POINTER) * POINTER;
}

export class CommittedIdCache {
  private readonly entries = new Map<string, CachedId>();
  /** Keys in insertion order, repeats included, as BoundedCache's queue holds them. */
  private readonly queue: string[] = [];
  private size = 0;

  constructor(private readonly limitBytes: number = COMMITTED_EVENTS_CACHE_BYTES) {}

  get(id: string): CachedId | undefined {
    return this.entries.get(id);
  }

  /** BoundedCache.PutRecord(throwOnDuplicate: false): evicts first, and a repeated id keeps its first entry. */
  put(id: string, entry: CachedId): void {
    while (this.size > this.limitBytes && this.queue.length > 0) {
      const oldest = this.queue.shift() as string;
      const evicted = this.entries.get(oldest);
      if (evicted === undefined) continue;
      this.size -= entrySize(evicted.stream);
      this.entries.delete(oldest);
    }
    this.size += entrySize(entry.stream);
    this.queue.push(id);
    if (!this.entries.has(id)) this.entries.set(id, entry);
  }

  /** A restart: the cache is memory only. */
  clear(): void {
    this.entries.clear();
    this.queue.length = 0;
    this.size = 0;
  }
}
