import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { Projection } from '../src/projections/projection';
import { ProjectionRunner, sortingInSmallRuns } from '../src/projections/projection-runner';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { counter, scratchRunners } from './counting-projection';

const event = (type = 'Counted') => ({ id: randomUUID(), type, data: {}, metadata: {} });
const INDEX = 'count_many_desc';

/** The counter with an index `apply` never reads through, and whether that index existed at each apply. */
function indexed(applied: string[], indexSeen: boolean[]): Projection {
  const base = counter('many', 1, applied);
  return {
    ...base,
    setup(db) {
      base.setup(db);
      db.exec(`CREATE INDEX IF NOT EXISTS ${INDEX} ON count_many (position DESC)`);
    },
    deferrableIndexes: { [INDEX]: `CREATE INDEX IF NOT EXISTS ${INDEX} ON count_many (position DESC)` },
    apply(db, e) {
      if (e.type === 'Broken') throw new Error('cannot count this');
      indexSeen.push(db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(INDEX) !== undefined);
      base.apply(db, e);
    },
  };
}

describe('ProjectionRunner, rebuilding and starting over', () => {
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  const { scratch, runner, caughtUp } = scratchRunners();
  const count = () => (readModels.db.prepare(`SELECT COUNT(*) AS n FROM count_many`).get() as { n: number }).n;
  const hasIndex = () => readModels.db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(INDEX) !== undefined;
  beforeEach(() => ({ store, readModels } = scratch));

  it('replays 10 001 events, a page more than it reads at once, and one appended meanwhile, with progress never past its total', async () => {
    const { position: head } = await store.append(
      'many-1',
      Array.from({ length: 10_001 }, () => event()),
    );
    const made = await caughtUp(runner([indexed([], [])]));
    const progress: Array<[bigint, bigint]> = [];
    const rebuilt = made.rebuild((done, total) => {
      // After the first page the store grows past the head the rebuild started from.
      if (progress.push([done, total]) === 1) void store.appendMany([{ stream: 'many-2', events: [event()] }]);
    });
    await expect(rebuilt).resolves.toBe(10_002);
    expect(progress).toEqual([
      [head - 1n, head],
      [head + 1n, head + 1n],
    ]);
    expect([count(), hasIndex()]).toEqual([10_002, true]);
  });

  it('reads pages of a thousand into transactions of ten thousand, announcing none of the old events', async () => {
    const { position: head } = await store.append(
      'many-1',
      Array.from({ length: 10_500 }, () => event()),
    );
    const made = runner([counter('many', 1, [])]);
    const pages: number[] = [];
    const read = store.readAll.bind(store);
    jest.spyOn(store, 'readAll').mockImplementation(async (options) => {
      const page = await read(options);
      pages.push(page.length);
      return page;
    });
    const announced: number[] = [];
    made.onApplied((events) => announced.push(events.length));
    const progress: bigint[] = [];
    await made.rebuild((done) => progress.push(done));
    expect([Math.max(...pages), progress, announced, count()]).toEqual([1_000, [head - 500n, head], [], 10_500]);
  });

  it('keeps the transactions before a failure and nothing of the one it happens in, from its earlier pages too', async () => {
    await store.append('many-1', [...Array.from({ length: 11_500 }, () => event()), event('Broken')]);
    await expect(runner([indexed([], [])]).rebuild()).rejects.toThrow('cannot count this');
    expect([count(), readModels.db.inTransaction, hasIndex()]).toEqual([10_000, false, true]);
  });

  it('reports the error that ended a transaction SQLite had already rolled back itself', async () => {
    await store.append('many-1', [event(), event()]);
    const once: Projection = {
      ...counter('once', 1, [], null),
      setup: (db) => db.exec('CREATE TABLE IF NOT EXISTS count_once (k INTEGER UNIQUE)'),
      // OR ROLLBACK: a conflict ends the whole transaction inside SQLite, before the runner hears of it.
      apply: (db) => db.prepare('INSERT OR ROLLBACK INTO count_once (k) VALUES (1)').run(),
    };
    // Matched by its fields, not toThrow: better-sqlite3 sets its error class once per process, so in
    // any test file but the first of a jest worker its errors are no Error of that file's realm.
    await expect(runner([once]).rebuild()).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(readModels.db.inTransaction).toBe(false);
  });

  describe('given three events, caught up', () => {
    let made: ProjectionRunner;
    beforeEach(async () => {
      await store.append('many-1', [event(), event(), event()]);
      made = await caughtUp(runner([indexed([], [])]));
    });

    it('feeds every event again, without the deferred index', async () => {
      const applied: string[] = [];
      const indexSeen: boolean[] = [];
      await runner([indexed(applied, indexSeen)]).rebuild();
      expect([applied.length, indexSeen.includes(true), hasIndex()]).toEqual([3, false, true]);
    });

    it('follows the store again afterwards when it was running', async () => {
      await made.rebuild();
      const { position } = await store.append('many-2', [event()]);
      await made.waitFor(position, 3_000);
      expect(count()).toBe(4);
    });
  });

  it('stays stopped after a rebuild when it was not running', async () => {
    await store.append('many-1', [event()]);
    const made = runner([counter('many', 1, [])]);
    await made.rebuild();
    await store.append('many-2', [event()]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count()).toBe(1);
  });

  it('makes the deferred index again when a rebuild fails, for the rows it kept', async () => {
    await store.append('many-1', [event(), event('Broken')]);
    const made = runner([indexed([], [])]);
    await expect(made.rebuild()).rejects.toThrow('cannot count this');
    expect([count(), hasIndex()]).toEqual([0, true]);
  });

  it('resumes from its checkpoints after a restart, feeding no event twice', async () => {
    await store.append('many-1', [event(), event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const applied: string[] = [];
    await store.append('many-2', [event()]);
    await caughtUp(runner([counter('many', 1, applied)]));
    expect([applied, count()]).toEqual([['many'], 3]);
  });

  it('replays everything, once, when the checkpoints were taken on another store', async () => {
    await store.append('many-1', [event(), event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const moved = Object.create(store) as SqliteEventStore;
    Object.defineProperty(moved, 'positionSpace', { value: 'eventstoredb' });
    const applied: string[] = [];
    await (await caughtUp(runner([counter('many', 1, applied)], moved))).stop();
    await caughtUp(runner([counter('many', 1, applied)], moved));
    expect([applied, count()]).toEqual([['many', 'many'], 2]);
  });

  it('reports as applied only what every projection has applied, from its start', async () => {
    await store.append('many-1', [event()]);
    const few = counter('few', 1, [], ['few']);
    const started = await caughtUp(runner([counter('many', 1, []), few]));
    const first = started.position;
    await started.stop();
    await store.append('many-2', [event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const made = runner([counter('many', 1, []), few]);
    void made.start();
    expect(made.position).toBe(first);
  });

  it('stops at an event a projection cannot apply, keeping nothing of its batch, and says why', async () => {
    await store.append('many-1', [event(), event('Broken')]);
    const errors: Error[] = [];
    const made = runner([indexed([], [])], store, (error) => errors.push(error));
    await made.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([made.error?.message, errors, count(), made.checkpointsByProjection.get('test.many'), hasIndex()]).toEqual([
      'cannot count this',
      [made.error],
      0,
      null,
      true,
    ]);
  });

  it('replays a new replica from the start without the deferred index, and makes it before it reports caught up', async () => {
    const { position: head } = await store.append(
      'many-1',
      Array.from({ length: 2_500 }, () => event()),
    );
    const indexSeen: boolean[] = [];
    const made = runner([indexed([], indexSeen)]);
    let indexWhenCaughtUp: boolean | undefined;
    void made.waitFor(head, 10_000).then(() => (indexWhenCaughtUp = hasIndex()));
    await caughtUp(made);
    await made.waitFor((await store.append('many-2', [event()])).position, 3_000);
    expect([indexSeen.length, indexSeen.slice(0, -1).includes(true), indexWhenCaughtUp, indexSeen.at(-1)]).toEqual([
      2_501,
      false,
      true,
      true,
    ]);
  });

  it('keeps the deferred index of a projection that replays from its checkpoint behind the others', async () => {
    await store.append('many-1', [event(), event()]);
    await (await caughtUp(runner([indexed([], [])]))).stop();
    await store.append(
      'many-2',
      Array.from({ length: 2_500 }, () => event()),
    );
    await (await caughtUp(runner([counter('other', 1, [])]))).stop();
    const indexSeen: boolean[] = [];
    await caughtUp(runner([indexed([], indexSeen), counter('other', 1, [])]));
    expect([indexSeen.length, indexSeen.includes(false), count()]).toEqual([2_500, false, 2_502]);
  });

  it("fails, and says why, when a replayed projection's index cannot be made again, rather than rejecting a loop nobody awaits", async () => {
    await store.append('many-1', [event(), event()]);
    const errors: Error[] = [];
    const unmakeable = {
      ...indexed([], []),
      deferrableIndexes: { count_many_nowhere: 'CREATE INDEX count_many_nowhere ON count_many (no_such_column)' },
    };
    const made = runner([unmakeable], store, (error) => errors.push(error));
    await made.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const followed = made.waitFor((await store.append('many-2', [event()])).position, 300);
    await expect(followed).rejects.toThrow();
    expect([made.error?.message, errors, count()]).toEqual(['no such column: no_such_column', [made.error], 2]);
  });

  it('refuses a UNIQUE index as deferrable: replaying without it would let in what it refuses', () => {
    const unique = {
      ...indexed([], []),
      deferrableIndexes: { count_many_once: 'CREATE UNIQUE INDEX count_many_once ON count_many (position)' },
    };
    expect(() => runner([unique])).toThrow(
      'Projection test.many: the deferrable index count_many_once must be a plain CREATE INDEX (not UNIQUE)',
    );
  });

  it('stops following at an event a projection cannot apply, keeping the batches before it', async () => {
    const errors: Error[] = [];
    const made = await caughtUp(runner([indexed([], [])], store, (error) => errors.push(error)));
    await made.waitFor((await store.append('many-1', [event()])).position, 3_000);
    await store.append('many-2', [event('Broken')]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.append('many-3', [event()]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([made.error?.message, errors, count(), made.position]).toEqual(['cannot count this', [made.error], 1, 1n]);
  });

  it('builds the deferred indexes sorting in small runs with a helper thread, then gives the connection its settings back', async () => {
    await store.append(
      'many-1',
      Array.from({ length: 20 }, () => event()),
    );
    const db = readModels.db;
    const settings = () => [db.pragma('cache_size', { simple: true }), db.pragma('threads', { simple: true })];
    const before = settings();
    const whileBuilding: unknown[][] = [];
    const exec = db.exec.bind(db);
    jest.spyOn(db, 'exec').mockImplementation((sql: string) => {
      if (sql.includes(`CREATE INDEX IF NOT EXISTS ${INDEX}`)) whileBuilding.push(settings());
      return exec(sql);
    });
    await runner([indexed([], [])]).rebuild();
    // The projection's setup makes it first (an empty table, the connection's own settings); the
    // build after the replay sorts every row.
    expect(before).toEqual([-65_536, 0]);
    expect(whileBuilding).toEqual([before, [-2_000, 2]]);
    expect(settings()).toEqual(before);
    expect(hasIndex()).toBe(true);
  });

  it('gives the connection its settings back when an index build fails', () => {
    const db = readModels.db;
    expect(() =>
      sortingInSmallRuns(db, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect([db.pragma('cache_size', { simple: true }), db.pragma('threads', { simple: true })]).toEqual([-65_536, 0]);
  });
});
