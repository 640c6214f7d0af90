import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';
import type { Projection } from './projection';

/** What a replay of the projections left behind needs from the runner. */
export interface ReplayTarget {
  store: EventStore;
  projections: readonly Projection[];
  checkpointOf(projection: Projection): Position | null;
  /** Applies a page to these projections only and moves their checkpoints to `upTo`, in one transaction. */
  apply(projections: Projection[], events: RecordedEvent[], upTo: Position): void;
  stopped(): boolean;
  pageSize: number;
}

/**
 * Projections that trail the others (dropped for a new version, or a crash during such a replay)
 * replay alone up to where the others are, reading only their own categories from the store: a
 * version bump of the tips' rows reads the tip and impulse streams, not the whole store again, and
 * the other projections see none of it.
 */
export async function replayTrailing(target: ReplayTarget): Promise<void> {
  const { store, projections } = target;
  const at = (p: Projection) => target.checkpointOf(p);
  const furthest = projections
    .map(at)
    .reduce<Position | null>((max, c) => (c !== null && (max === null || c > max) ? c : max), null);
  // None has a checkpoint (a new replica, or read models deleted): all replay in pages up to the
  // head as it is now, then follow the store from there.
  const ahead = furthest ?? (await store.headPosition());
  if (ahead === null) return;
  const trailing = projections.filter((p) => {
    const c = at(p);
    return c === null || c < ahead;
  });
  if (trailing.length === 0) return;
  const categories = trailing.every((p) => p.categories) ? trailing.flatMap((p) => p.categories!) : null;
  const filter = categories ? { streamPrefixes: [...new Set(categories)].map((c) => `${c}-`) } : undefined;
  // One projection without a checkpoint makes the replay start from the first event, wherever it is listed.
  const lowest = trailing
    .map(at)
    .reduce<Position | null>((min, c) => (min === null || c === null ? null : c < min ? c : min), ahead);
  let from: Position | 'start' = lowest ?? 'start';
  for (;;) {
    if (target.stopped()) return;
    const page = await store.readAll({ fromPosition: from, maxCount: target.pageSize, filter });
    const last = page.at(-1)?.position;
    const done = page.length < target.pageSize || last === undefined || last >= ahead;
    // A filtered page may end far before `ahead`: the checkpoint moves to its last event, or to
    // `ahead` once the store holds no more of these categories before it.
    target.apply(
      trailing,
      page.filter((e) => e.position <= ahead),
      done ? ahead : last,
    );
    if (done) return;
    from = last;
    // Reading the SQLite store resolves at once: without a turn of the event loop between pages,
    // the server could not answer /health/live or a query until the whole replay was done.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
