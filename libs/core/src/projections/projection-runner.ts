import { AllSubscription, EventStore, Position, RecordedEvent, categoryOf } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { ProjectionTimeout } from '../errors/domain-errors';
import { prepared } from '../read-model/prepared';
import { ReadModelDb } from '../read-model/read-model-db';
import { Projection, ProjectedEvent } from './projection';
import { replayTrailing } from './projection-replay';

const BATCH = 500;
/** Events per transaction in a rebuild: fewer commits. Progress is reported once per transaction. */
export const REBUILD_TRANSACTION = 10_000;
/**
 * Events per read in a rebuild, several to a transaction: a page of 10,000 parsed events outlived
 * V8's young generation, so each was copied into the old one and collected there (reading and parsing
 * the store alone took twice the CPU in pages of 10,000 as in pages of 1,000; bench/README.md).
 */
export const REBUILD_PAGE = 1_000;
const REPLAY_PAGE = 2_000;

interface Waiter {
  position: Position;
  resolve(): void;
}

/**
 * Follows $all from the projections' checkpoints and applies events in batches; each batch and the
 * checkpoints it advances are written in one SQLite transaction, so a crash never leaves a read
 * model ahead of or behind its checkpoint.
 */
export class ProjectionRunner {
  private readonly checkpoints = new Map<string, Position | null>();
  private subscription: AllSubscription | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private waiters: Waiter[] = [];
  private failure: Error | null = null;
  private applied: Position | null = null;
  private readonly listeners = new Set<(events: RecordedEvent[]) => void>();

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelDb,
    private readonly catalog: EventCatalog,
    readonly projections: Projection[],
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    for (const p of projections) refuseConstraintsAsDeferrable(p);
  }

  /** Last position every projection has applied. */
  get position(): Position | null {
    return this.applied;
  }

  /** Where each projection is, for the lag per projection at /metrics. */
  get checkpointsByProjection(): ReadonlyMap<string, Position | null> {
    return this.checkpoints;
  }

  get error(): Error | null {
    return this.failure;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.prepare();
    this.stopping = false;
    this.applied = this.lowestCheckpoint();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.unsubscribe();
    await this.loop;
    this.subscription = null;
    this.loop = null;
  }

  /**
   * Trailing projections catch up alone first, then every projection follows $all from there. Those
   * that replay from the start (a new replica, a new version) do it without their deferrable indexes,
   * as a rebuild does: their tables are empty, and no reader finds them current before they caught up.
   */
  private async run(): Promise<void> {
    const fresh = this.projections.filter((p) => (this.checkpoints.get(p.name) ?? null) === null);
    const restoreIndexes = this.dropDeferrableIndexes(fresh);
    let replayed = false;
    try {
      await replayTrailing({
        store: this.store,
        projections: this.projections,
        checkpointOf: (p) => this.checkpoints.get(p.name) ?? null,
        apply: (projections, events, upTo) => this.applyTo(projections, events, upTo),
        stopped: () => this.stopping,
        // Smaller than a rebuild's pages: the server answers (/health, reads) between them.
        pageSize: REPLAY_PAGE,
      });
      replayed = true;
    } catch (error) {
      this.fail(error as Error);
    }
    // Also after a failure or a stop: the rows applied so far stay, and their queries need the indexes.
    // An index that cannot be made again (a full disk) is the runner's failure like any other, not a
    // rejection of this loop that nobody awaits until the server stops.
    try {
      restoreIndexes();
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    if (!replayed || this.stopping) return;
    const from = this.lowestCheckpoint();
    if (from !== null) this.advance(from);
    this.subscription = this.store.subscribeToAll({ fromPosition: from ?? 'start' });
    await this.follow(this.subscription);
  }

  /** Resolves once every projection has applied `position`; rejects after `timeoutMs`. */
  waitFor(position: Position | null, timeoutMs: number): Promise<void> {
    if (position === null || (this.applied !== null && this.applied >= position)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new ProjectionTimeout(position, timeoutMs));
      }, timeoutMs);
      const waiter: Waiter = { position, resolve: () => (clearTimeout(timer), resolve()) };
      this.waiters.push(waiter);
    });
  }

  /**
   * Drops every read model and replays the whole store into it. Like a trailing projection's replay,
   * it announces nothing to `onApplied` listeners: the events are old, and the pages of a
   * transaction are let go before it commits.
   */
  async rebuild(onProgress?: (done: Position, total: Position) => void): Promise<number> {
    const wasRunning = this.loop !== null;
    await this.stop();
    const db = this.readModels.db;
    db.transaction(() => {
      for (const p of this.projections) {
        p.reset(db);
        p.setup(db);
        this.saveCheckpoint(p, null);
      }
    })();
    const restoreIndexes = this.dropDeferrableIndexes(this.projections);
    const total = (await this.store.headPosition()) ?? 0n;
    let from: Position | 'start' = 'start';
    let count = 0;
    try {
      for (;;) {
        const { events, last } = await this.rebuildTransaction(from);
        if (last === null) break;
        count += events;
        from = last;
        this.advance(last);
        onProgress?.(last, total > last ? total : last);
      }
    } finally {
      // Also after a failure: the rows applied so far stay, and their queries need the indexes.
      restoreIndexes();
    }
    if (wasRunning) await this.start();
    return count;
  }

  /**
   * Drops these projections' deferrable indexes while they replay from the start, and returns what
   * creates them again: one sort per index afterwards instead of a B-tree update per index for every
   * event. A crash in between leaves them to `setup`, which creates them at the next start.
   */
  private dropDeferrableIndexes(projections: readonly Projection[]): () => void {
    const db = this.readModels.db;
    const deferred = projections.flatMap((p) => Object.entries(p.deferrableIndexes ?? {}));
    if (deferred.length === 0) return () => undefined;
    db.transaction(() => deferred.forEach(([name]) => db.exec(`DROP INDEX IF EXISTS ${name}`)))();
    return () => sortingInSmallRuns(db, () => db.transaction(() => deferred.forEach(([, sql]) => db.exec(sql)))());
  }

  /**
   * One transaction of a rebuild: pages after `from` until it holds REBUILD_TRANSACTION events or the
   * store ends. Its pages are applied without a savepoint each (a savepoint copies every page it first
   * touches into a journal of its own).
   */
  private async rebuildTransaction(from: Position | 'start'): Promise<{ events: number; last: Position | null }> {
    const db = this.readModels.db;
    let events = 0;
    let last: Position | null = null;
    db.exec('BEGIN');
    try {
      while (events < REBUILD_TRANSACTION) {
        const page = await this.store.readAll({ fromPosition: last ?? from, maxCount: REBUILD_PAGE });
        if (page.length === 0) break;
        last = page[page.length - 1].position;
        this.applyEvents(this.projections, page, last);
        events += page.length;
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    return { events, last };
  }

  private async follow(subscription: AllSubscription): Promise<void> {
    const batch: RecordedEvent[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      if (batch.length === 0 || this.failure) return;
      try {
        this.applyBatch(batch.splice(0));
      } catch (error) {
        this.fail(error as Error);
        void subscription.unsubscribe();
      }
    };
    try {
      for await (const event of subscription) {
        batch.push(event);
        if (batch.length >= BATCH) flush();
        else if (!scheduled) {
          scheduled = true;
          // Catch-up pages arrive within one turn of the event loop: apply them as one transaction.
          setImmediate(flush);
        }
      }
      flush();
    } catch (error) {
      this.fail(error as Error);
    }
  }

  /** The runner stops applying: `error` says why (the first failure, if a second follows it), and each is reported. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.onError(error);
  }

  private applyBatch(events: RecordedEvent[]): void {
    const last = events[events.length - 1].position;
    this.applyTo(this.projections, events, last);
    this.advance(last);
    for (const listener of this.listeners) listener(events);
  }

  private advance(last: Position): void {
    this.applied = last;
    const ready = this.waiters.filter((w) => w.position <= last);
    this.waiters = this.waiters.filter((w) => w.position > last);
    for (const waiter of ready) waiter.resolve();
  }

  /** Applies the events each projection has not yet seen, and moves their checkpoints to `upTo`, in one transaction. */
  private applyTo(projections: readonly Projection[], events: RecordedEvent[], upTo: Position): void {
    this.readModels.db.transaction(() => this.applyEvents(projections, events, upTo))();
  }

  /** applyTo's work, inside a transaction the caller holds. */
  private applyEvents(projections: readonly Projection[], events: RecordedEvent[], upTo: Position): void {
    const db = this.readModels.db;
    // Each event's category and upcast data once per batch, not once per projection that reads it.
    const categories = events.map((event) => categoryOf(event.stream));
    const projected: (ProjectedEvent | undefined)[] = new Array(events.length);
    for (const projection of projections) {
      const checkpoint = this.checkpoints.get(projection.name) ?? null;
      const reads = this.categoryFilter(projection);
      for (let i = 0; i < events.length; i++) {
        if (checkpoint !== null && events[i].position <= checkpoint) continue;
        if (reads && !reads.has(categories[i])) continue;
        projection.apply(db, (projected[i] ??= this.projected(events[i])));
      }
      projection.endBatch?.(db);
      this.saveCheckpoint(projection, upTo);
    }
  }

  private readonly filters = new Map<Projection, Set<string> | null>();

  private categoryFilter(projection: Projection): Set<string> | null {
    let filter = this.filters.get(projection);
    if (filter === undefined)
      this.filters.set(projection, (filter = projection.categories ? new Set(projection.categories) : null));
    return filter;
  }

  /**
   * Called with each batch after its read-model transaction committed, so a listener (a live feed)
   * never announces a row a reader could not yet find. Returns the way to stop listening.
   */
  onApplied(listener: (events: RecordedEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private projected(event: RecordedEvent): ProjectedEvent {
    // An unknown type, or data stored in its current shape (most events), comes back as it is: no
    // copy in a rebuild. A copy says it is current, so a projection reading it through the catalog
    // (occurredAt, summarize) does not upcast it again.
    return this.catalog.inCurrentShape(event);
  }

  /** Creates tables; a projection whose version changed is dropped and will be replayed. */
  private prepare(): void {
    const db = this.readModels.db;
    const rows = db.prepare('SELECT name, version, position FROM projection_checkpoints').all() as {
      name: string;
      version: number;
      position: string | null;
    }[];
    const stored = new Map(rows.map((r) => [r.name, r]));
    // After a move to another store (e.g. `migrate` to EventStoreDB) the checkpoints point nowhere.
    db.exec(`CREATE TABLE IF NOT EXISTS projection_source (
      id INTEGER PRIMARY KEY CHECK (id = 1), position_space TEXT NOT NULL)`);
    const source = db.prepare('SELECT position_space FROM projection_source').get() as
      { position_space: string } | undefined;
    const moved = source !== undefined && source.position_space !== this.store.positionSpace;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO projection_source (id, position_space) VALUES (1, ?)
         ON CONFLICT(id) DO UPDATE SET position_space = excluded.position_space`,
      ).run(this.store.positionSpace);
      for (const p of this.projections) {
        const row = stored.get(p.name);
        if (!row || row.version !== p.version || moved) {
          p.reset(db);
          p.setup(db);
          this.saveCheckpoint(p, null);
        } else {
          p.setup(db);
          this.checkpoints.set(p.name, row.position === null ? null : BigInt(row.position));
        }
      }
    })();
  }

  private lowestCheckpoint(): Position | null {
    let lowest: Position | null = null;
    for (const p of this.projections) {
      const c = this.checkpoints.get(p.name) ?? null;
      if (c === null) return null;
      if (lowest === null || c < lowest) lowest = c;
    }
    return lowest;
  }

  private saveCheckpoint(projection: Projection, position: Position | null): void {
    prepared(
      this.readModels.db,
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET version = excluded.version, position = excluded.position`,
    ).run(projection.name, projection.version, position === null ? null : position.toString());
    this.checkpoints.set(projection.name, position);
  }
}

/**
 * A deferrable index is gone while its projection replays; a UNIQUE one is a rule `apply` relies
 * on (an upsert's conflict target, a duplicate refused), so replaying without it would change what
 * is written, and making it again afterwards would fail on the duplicates it let in.
 */
function refuseConstraintsAsDeferrable(projection: Projection): void {
  for (const [name, sql] of Object.entries(projection.deferrableIndexes ?? {}))
    if (!/^\s*CREATE\s+INDEX\b/i.test(sql))
      throw new Error(
        `Projection ${projection.name}: the deferrable index ${name} must be a plain CREATE INDEX (not UNIQUE): ${sql}`,
      );
}

/** The page cache an index build sorts with (2,000 KiB, SQLite's default) and its helper threads. */
const INDEX_BUILD_CACHE_KIB = 2_000;
const INDEX_BUILD_THREADS = 2;

/**
 * Runs `build` (index builds after a replay) with a small cache and a helper thread for SQLite's
 * sorter, then gives the connection its settings back. The timeline's ten indexes at 1M events took
 * 6.4–6.7 s sorted in one in-memory run (the read models' 64 MiB cache), 4.5 s as an external merge
 * of small sorted runs, 3.9 s with a second thread sorting those runs (bench/README.md).
 */
export function sortingInSmallRuns(db: ReadModelDb['db'], build: () => void): void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`cache_size = -${INDEX_BUILD_CACHE_KIB}`);
  db.pragma(`threads = ${INDEX_BUILD_THREADS}`);
  try {
    build();
  } finally {
    db.pragma(`cache_size = ${cache}`);
    db.pragma(`threads = ${threads}`);
  }
}
