import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import {
  IdempotencyMismatchError,
  RecordedEvent,
  SqliteEventStore,
  WrongExpectedRevisionError,
} from '@samverkan/event-store';
import { runEventStoreContract } from './contract/event-store.contract';
import { expectQuiet, ids, newEvent, newEvents, newStream, rejectionOf, take } from './contract/contract-helpers';
import { pagedFilteredRead, Query, readAllQuery } from '../src/sqlite/sqlite-queries';

/** A fresh directory per store, removed by `cleanup`. */
function tempFile(): { file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-event-store-'));
  return { file: path.join(dir, 'events.sqlite'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

runEventStoreContract('SqliteEventStore', async () => {
  const { file, remove } = tempFile();
  const opened = [SqliteEventStore.open(file)];
  return {
    store: opened[0],
    reopen: async () => {
      const store = SqliteEventStore.open(file);
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      for (const store of opened) await store.close();
      remove();
    },
  };
});

describe('SqliteEventStore specifics', () => {
  let file: string;
  let remove: () => void;
  const opened: SqliteEventStore[] = [];
  const open = (pollIntervalMs?: number): SqliteEventStore => {
    const store = SqliteEventStore.open(file, { pollIntervalMs });
    opened.push(store);
    return store;
  };

  beforeEach(() => ({ file, remove } = tempFile()));
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    remove();
  });

  it('given a second instance on the same file, when the first appends, then its subscription sees it by polling', async () => {
    const [writer, reader] = [open(), open(50)];
    const stream = newStream();
    const subscription = reader.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [stream] } });
    const events = subscription[Symbol.asyncIterator]();
    const appended = newEvents(3);
    await writer.append(stream, appended.slice(0, 1));
    await writer.append(stream, appended.slice(1));
    expect(ids(await take(events, 3, 2_000))).toEqual(ids(appended));
    await expectQuiet(events, 200);
  });

  it('given another process appends to the file, then a subscription here sees it and that process exits by itself', async () => {
    const store = open(50);
    const stream = newStream();
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [stream] } });
    const events = subscription[Symbol.asyncIterator]();
    const script = path.join(__dirname, 'fixtures/append-from-another-process.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', script, file, stream, '3'],
      { timeout: 20_000, env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '../../../tsconfig.json') } },
    );
    const received = await take(events, 3, 2_000);
    expect(ids(received)).toEqual(JSON.parse(stdout));
  }, 30_000);

  it('when an insert fails in the middle of an append, then the whole transaction rolls back', async () => {
    const store = open();
    const raw = new Database(file);
    raw.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'Boom'
              BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    raw.close();
    const stream = newStream();
    const error = await rejectionOf(store.append(stream, [newEvent('Fine'), newEvent('Boom')]));
    expect(String(error)).toMatch(/boom/);
    expect(await store.readStream(stream)).toEqual([]);
    expect(await store.headPosition()).toBeNull();
  });

  it('when opened, then the file is in WAL mode and an empty store has no head position', async () => {
    const store = open();
    expect(await store.headPosition()).toBeNull();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const result = await store.append(newStream(), newEvents(2));
    expect(await store.headPosition()).toBe(result.position);
  });

  it('given an event id stored in one stream, when it is appended to another, then the file refuses it', async () => {
    // Stricter than EventStoreDB (ids per stream): the file has one index of every id, so a
    // commandId reused for another entity surfaces as COMMAND_ID_REUSED here.
    const store = open();
    const stream = newStream();
    const batch = newEvents(2);
    await store.append(stream, batch);
    const other = `${stream}-other`;
    expect(await rejectionOf(store.append(other, batch))).toBeInstanceOf(IdempotencyMismatchError);
    expect(await store.readStream(other)).toEqual([]);
  });

  it('when appending no events, then expectedRevision is checked and the current revision reported', async () => {
    const store = open();
    const stream = newStream();
    expect(await store.append(stream, [], { expectedRevision: 'no_stream' })).toEqual({
      nextExpectedRevision: -1,
      position: -1n,
    });
    const appended = await store.append(stream, newEvents(2));
    expect(await store.append(stream, [], { expectedRevision: 1 })).toEqual(appended);
    await expect(store.append(stream, [], { expectedRevision: 'no_stream' })).rejects.toMatchObject({ actual: 1 });
  });

  it('when filtering $all, then SQLite answers from an index rather than scanning every event', () => {
    open(); // creates the schema
    const raw = new Database(file, { readonly: true });
    const plan = (query: Query | null): string => {
      if (query === null) throw new Error('no query');
      const rows = raw.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params);
      return rows.map((row) => row.detail).join('; ');
    };
    expect(plan(readAllQuery({ filter: { eventTypes: ['A', 'B'] }, maxCount: 10 }))).toMatch(/events_type_position/);
    // Unpaged, every event of the prefix is wanted: the stream index finds them.
    expect(plan(readAllQuery({ filter: { streamPrefixes: ['plan-'] } }))).toMatch(
      /SEARCH events USING (COVERING )?INDEX/,
    );
    // Paged, the window walks a bounded range of positions in order (no sort of the whole prefix),
    // and only the rest after it asks the stream index.
    const paged = pagedFilteredRead({ fromPosition: 5n, filter: { streamPrefixes: ['plan-'] }, maxCount: 10 }, 100)!;
    expect(plan(paged.window)).toBe('SEARCH events USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)');
    expect(plan(paged.rest(3))).toMatch(
      /SEARCH events USING (COVERING )?INDEX sqlite_autoindex_events_2 \(stream>\? AND stream<\?\)/,
    );
    raw.close();
  });

  it('given a common, a rare and an absent category, when paging through $all from any cursor, then each page is the next matching events in order', async () => {
    // A window of 7 positions, so pages are found in the window, after it, and across both.
    const store = SqliteEventStore.open(file, { positionWindow: 7 });
    opened.push(store);
    const common = Array.from({ length: 4 }, () => `common-${newStream()}`);
    for (let i = 0; i < 60; i++) {
      await store.append(common[i % common.length], [newEvent(i % 3 === 0 ? 'Odd' : 'Even')]);
      if (i % 25 === 24) await store.append(`rare-${newStream()}`, [newEvent('Rare')]);
    }
    const all = await store.readAll();
    const filters = [
      { streamPrefixes: ['common-'] },
      { streamPrefixes: ['rare-'] },
      { streamPrefixes: ['absent-'] },
      { streamPrefixes: ['rare-', 'common-'], eventTypes: ['Odd', 'Rare'] },
      { streamPrefixes: [common[1]] },
    ];
    for (const filter of filters) {
      const matching = all.filter(
        (e) =>
          filter.streamPrefixes.some((prefix) => e.stream.startsWith(prefix)) &&
          (!filter.eventTypes || filter.eventTypes.includes(e.type)),
      );
      for (const maxCount of [1, 3, 50]) {
        for (const from of ['start' as const, ...all.map((e) => e.position).filter((_, i) => i % 5 === 0)]) {
          const page = await store.readAll({ fromPosition: from, maxCount, filter });
          const expected = matching.filter((e) => from === 'start' || e.position > from).slice(0, maxCount);
          expect({ filter, maxCount, from, page: ids(page) }).toEqual({ filter, maxCount, from, page: ids(expected) });
        }
        // Paging through by the last position read gives every matching event once.
        const paged: RecordedEvent[] = [];
        for (let from: bigint | 'start' = 'start'; ;) {
          const page = await store.readAll({ fromPosition: from, maxCount, filter });
          paged.push(...page);
          if (page.length < maxCount) break;
          from = page.at(-1)!.position;
        }
        expect({ filter, maxCount, paged: ids(paged) }).toEqual({ filter, maxCount, paged: ids(matching) });
      }
    }
  });

  it('when closed, then a pending subscription ends and further calls fail clearly', async () => {
    const store = open();
    const subscription = store.subscribeToAll();
    const pending = subscription[Symbol.asyncIterator]().next();
    await store.close();
    await expect(pending).resolves.toMatchObject({ done: true });
    await expect(store.append(newStream(), [newEvent()])).rejects.toThrow(/closed/);
    await expect(store.readStream(newStream())).rejects.toThrow(/closed/);
    await expect(store.readAll()).rejects.toThrow(/closed/);
    await expect(store.headPosition()).rejects.toThrow(/closed/);
    expect(() => store.subscribeToAll()).toThrow(/closed/);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it("when opened on ':memory:', then it works as a private store", async () => {
    const store = SqliteEventStore.open(':memory:');
    opened.push(store);
    const stream = newStream();
    await store.append(stream, newEvents(2));
    const read: RecordedEvent[] = await store.readStream(stream);
    expect(read.map((event) => event.revision)).toEqual([0, 1]);
    expect(typeof read[0].position).toBe('bigint');
  });

  it('rejects invalid arguments instead of guessing', async () => {
    const store = open();
    await expect(store.append(newStream(), [newEvent()], { expectedRevision: -1 })).rejects.toThrow(RangeError);
    await expect(store.readStream(newStream(), { maxCount: -1 })).rejects.toThrow(RangeError);
    const duplicate = newEvent();
    await expect(store.append(newStream(), [duplicate, duplicate])).rejects.toThrow(/repeats an event id/);
    expect(() => SqliteEventStore.open(file, { pollIntervalMs: 0 })).toThrow(RangeError);
    expect(() => SqliteEventStore.open(file, { positionWindow: 0 })).toThrow(RangeError);
    expect(() => SqliteEventStore.open(file, { positionWindow: 1.5 })).toThrow(RangeError);
  });

  describe('group commit', () => {
    it('given appends sent at once, when one fails its check, one reuses an id and one breaks mid-way, then the rest share one commit and each bad one fails alone', async () => {
      // given
      let commits = 0;
      const store = SqliteEventStore.open(file, { afterCommit: async () => void commits++ });
      opened.push(store);
      const raw = new Database(file);
      raw.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'Boom'
                BEGIN SELECT RAISE(ABORT, 'boom'); END`);
      raw.close();
      const [a, b, stale, reused, broken] = [newStream(), newStream(), newStream(), newStream(), newStream()];
      await store.append(stale, newEvents(2));
      const taken = newEvents(1);
      await store.append(newStream(), taken);
      commits = 0;

      // when
      const outcomes = await Promise.allSettled([
        store.append(a, newEvents(2), { expectedRevision: 'no_stream' }),
        store.append(stale, newEvents(1), { expectedRevision: 0 }),
        store.append(reused, taken),
        store.append(broken, [newEvent('Fine'), newEvent('Boom')]),
        store.append(b, newEvents(1)),
      ]);

      // then
      expect(commits).toBe(1);
      const [first, conflict, reuse, boom, last] = outcomes;
      expect(first).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1 } });
      expect(conflict).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
      expect(conflict).toMatchObject({ reason: { actual: 1 } });
      expect(reuse).toMatchObject({ status: 'rejected', reason: expect.any(IdempotencyMismatchError) });
      expect(boom).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: 'boom' }) });
      expect(last).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0 } });
      expect((await store.readStream(a)).length).toBe(2);
      expect((await store.readStream(stale)).length).toBe(2);
      expect(await store.readStream(reused)).toEqual([]);
      expect(await store.readStream(broken)).toEqual([]);
      // Positions stay gapless in arrival order: the refused appends left no rows behind.
      const positions = [...(await store.readStream(a)), ...(await store.readStream(b))].map((e) => e.position);
      expect(positions).toEqual([positions[0], positions[0] + 1n, positions[0] + 2n]);
    });

    it('given appends arriving while a commit is under way, then they wait for it and form the next group', async () => {
      // given a commit that takes a while
      let commits = 0;
      let release: () => void = () => undefined;
      const store = SqliteEventStore.open(file, {
        afterCommit: () => new Promise<void>((resolve) => (commits++, (release = resolve))),
      });
      opened.push(store);
      const [a, b, c] = [newStream(), newStream(), newStream()];
      const firstGroup = store.append(a, newEvents(1));
      while (commits === 0) await new Promise((resolve) => setImmediate(resolve));

      // when two more arrive while it waits
      const late = [store.append(b, newEvents(1)), store.append(c, newEvents(1))];
      let firstAnswered = false;
      void firstGroup.then(() => (firstAnswered = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(firstAnswered).toBe(false);
      release();
      await firstGroup;
      while (commits === 1) await new Promise((resolve) => setImmediate(resolve));
      release();

      // then they were committed together, once, after the first
      const results = await Promise.all(late);
      expect(commits).toBe(2);
      expect(results[1].position).toBe(results[0].position + 1n);
      expect((await firstGroup).position).toBeLessThan(results[0].position);
    });
  });

  describe('appendMany', () => {
    it('appends to several streams in one transaction and reports each result', async () => {
      const store = open();
      const [a, b] = [newStream(), newStream()];
      await store.append(a, newEvents(1));
      const results = await store.appendMany([
        { stream: a, events: newEvents(2), expectedRevision: 0 },
        { stream: b, events: newEvents(1), expectedRevision: 'no_stream' },
      ]);
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([2, 0]);
      expect(results[1].position).toBeGreaterThan(results[0].position);
      expect((await store.readStream(a)).length).toBe(3);
    });

    it('when one append fails its check, then none of them is stored', async () => {
      const store = open();
      const [a, b] = [newStream(), newStream()];
      const rejection = await rejectionOf(
        store.appendMany([
          { stream: a, events: newEvents(1), expectedRevision: 'no_stream' },
          { stream: b, events: newEvents(1), expectedRevision: 3 },
        ]),
      );
      expect(rejection).toBeInstanceOf(Error);
      expect(await store.readStream(a)).toEqual([]);
      expect(await store.headPosition()).toBeNull();
    });
  });
});
