import type Database from 'better-sqlite3';
import type {
  AllFilter,
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store';
import { prepareAppend } from '../append-rules';
import { GroupCommit } from './group-commit';
import { AppendOutcome, createAppender, PreparedAppend, StreamAppend } from './sqlite-append';
import {
  EVENT_COLUMNS,
  EventRow,
  limitOf,
  pagedFilteredRead,
  POSITION_WINDOW,
  Query,
  readAllQuery,
  rowToEvent,
} from './sqlite-queries';
import { openEventDatabase } from './sqlite-schema';
import { SqliteAllSubscription } from './sqlite-subscription';

/** Options of {@link SqliteEventStore.open}. */
export interface SqliteEventStoreOptions {
  /**
   * How often an idle subscription looks for events appended by another process on the same file
   * (appends through this instance wake subscriptions at once). Defaults to 250 ms.
   */
  pollIntervalMs?: number;
  /**
   * Awaited after each durable commit, before its appends are visible to subscriptions or
   * acknowledged; appends that arrive meanwhile form the next group. For benchmarks that model a
   * slower disk; nothing else needs it.
   */
  afterCommit?: () => Promise<void>;
  /**
   * How many positions a page of a stream-filtered read walks before it asks the stream index
   * (`pagedFilteredRead`). Defaults to POSITION_WINDOW; tests set a small one.
   */
  positionWindow?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 250;
const MAX_CACHED_STATEMENTS = 64;

/**
 * The embedded adapter of the event store port: one SQLite file, one row per event, the row id
 * being the position in $all. Several instances and processes may share a file; SQLite serialises
 * their appends.
 *
 * Choices where the port leaves room:
 * - an append of no events checks `expectedRevision` and reports the stream's current revision and
 *   the position of its last event, or -1 and -1n when the stream does not exist;
 * - `readStream` and `readAll` return every matching event when `maxCount` is absent, like the
 *   EventStoreDB client; pass a `maxCount` to page through a large store;
 * - an empty `streamPrefixes` or `eventTypes` list does not filter;
 * - `close` may be called twice; any other call after it throws.
 */
export class SqliteEventStore implements EventStore {
  readonly positionSpace = 'sqlite';
  private readonly appender: ReturnType<typeof createAppender>;
  private readonly commits: GroupCommit<PreparedAppend, AppendOutcome>;
  private readonly readForwards: Database.Statement<[string, number, number], EventRow>;
  private readonly readBackwards: Database.Statement<[string, number, number], EventRow>;
  private readonly selectHead: Database.Statement<[], { position: bigint | null }>;
  /** Prepared readAll statements by SQL text: filters vary in shape, but only a few shapes occur. */
  private readonly readAllStatements = new Map<string, Database.Statement<Query['params'], EventRow>>();
  private readonly subscriptions = new Set<SqliteAllSubscription>();
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly pollIntervalMs: number,
    afterCommit?: () => Promise<void>,
    private readonly positionWindow = POSITION_WINDOW,
  ) {
    this.appender = createAppender(db);
    this.commits = new GroupCommit({
      commit: (appends) => this.appender.appendGroup(appends),
      afterCommit,
      // Only after the commit: a woken subscription must find the events.
      committed: (outcomes) => {
        if (outcomes.some((outcome) => outcome.ok && outcome.value.appended)) this.wakeSubscriptions();
      },
    });
    const byStream = `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ?`;
    this.readForwards = db.prepare(`${byStream} AND revision >= ? ORDER BY revision ASC LIMIT ?`);
    this.readBackwards = db.prepare(`${byStream} AND revision <= ? ORDER BY revision DESC LIMIT ?`);
    this.selectHead = db.prepare('SELECT max(position) AS position FROM events');
  }

  /** Opens the event store in `filePath`, creating the file and schema if needed. */
  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    if (!Number.isFinite(pollIntervalMs) || pollIntervalMs <= 0) {
      throw new RangeError(`pollIntervalMs must be a positive number, got ${pollIntervalMs}`);
    }
    const window = options.positionWindow ?? POSITION_WINDOW;
    if (!Number.isSafeInteger(window) || window <= 0) {
      throw new RangeError(`positionWindow must be a positive integer, got ${window}`);
    }
    return new SqliteEventStore(openEventDatabase(filePath), pollIntervalMs, options.afterCommit, window);
  }

  /**
   * Concurrent appends share a transaction and a durable commit (see GroupCommit); each is checked
   * and answered on its own, so a refused append fails alone and appends nothing.
   */
  async append(stream: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    // Bad arguments are refused here, before the append waits for its group.
    const prepared = prepareAppend(stream, events, expected);
    const { appended: _appended, ...result } = await this.commits.submit({ stream, events: prepared, expected });
    return result;
  }

  /**
   * Appends to several streams in one transaction: every append, each with its own
   * `expectedRevision` check and retry rules, or none of them. For importers that write many streams
   * at once (bulk loads, benchmark data), which would otherwise pay one durable commit per stream.
   * Not part of the port: EventStoreDB has no atomic append across streams.
   */
  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    const outcomes = this.appender.appendMany(appends);
    if (outcomes.some((outcome) => outcome.appended)) this.wakeSubscriptions();
    return outcomes.map(({ appended: _appended, ...result }) => result);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = limitOf(options.maxCount);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    if (typeof from === 'number' && !(Number.isSafeInteger(from) && from >= 0)) {
      throw new RangeError(`fromRevision must be a revision >= 0, 'start' or 'end', got ${from}`);
    }
    if (limit === 0) return [];
    if (backwards) {
      // 'start' backwards is revision 0 and nothing before it.
      const revision = from === 'end' ? Number.MAX_SAFE_INTEGER : from === 'start' ? 0 : from;
      return this.readBackwards.all(stream, revision, limit).map(rowToEvent);
    }
    // Forwards from 'end' is after the last event: nothing, as in EventStoreDB.
    if (from === 'end') return [];
    return this.readForwards.all(stream, from === 'start' ? 0 : from, limit).map(rowToEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.queryAll(options);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const from = options.fromPosition ?? 'start';
    // 'end' is resolved now, so every event appended after this call returns is delivered.
    const cursor = from === 'start' ? null : from === 'end' ? this.head() : from;
    // Copied: the caller may reuse its arrays, the subscription reads them for as long as it lives.
    const filter: AllFilter = {
      streamPrefixes: options.filter?.streamPrefixes && [...options.filter.streamPrefixes],
      eventTypes: options.filter?.eventTypes && [...options.filter.eventTypes],
    };
    const subscription = new SqliteAllSubscription(
      {
        readAfter: (after, limit) => this.queryAll({ fromPosition: after ?? 'start', maxCount: limit, filter }),
        head: () => this.head(),
      },
      cursor,
      this.pollIntervalMs,
      (stopped) => this.subscriptions.delete(stopped),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    return this.head();
  }

  /** Answers the appends already submitted, ends every subscription and closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.commits.drained();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    this.db.close();
  }

  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.wake();
  }

  private head(): Position | null {
    return this.selectHead.get()?.position ?? null;
  }

  private queryAll(options: ReadAllOptions): RecordedEvent[] {
    const paged = pagedFilteredRead(options, this.positionWindow);
    if (paged !== null) {
      const page = this.rows(paged.window);
      // The rest only when the window fell short and the store goes on past it.
      if (page.length < paged.limit && (this.head() ?? 0n) > paged.windowEnd)
        page.push(...this.rows(paged.rest(paged.limit - page.length)));
      return page.map(rowToEvent);
    }
    const query = readAllQuery(options);
    return query === null ? [] : this.rows(query).map(rowToEvent);
  }

  private rows(query: Query): EventRow[] {
    let statement = this.readAllStatements.get(query.sql);
    if (statement === undefined) {
      // Callers with ever-new filter shapes must not grow the cache without bound.
      if (this.readAllStatements.size >= MAX_CACHED_STATEMENTS) this.readAllStatements.clear();
      statement = this.db.prepare<Query['params'], EventRow>(query.sql);
      this.readAllStatements.set(query.sql, statement);
    }
    return statement.all(...query.params);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}
