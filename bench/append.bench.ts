import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { EventToAppend, SqliteEventStore } from '@samverkan/event-store';
import { BENCH_DIR, BenchResult, fmt } from './lib/report';

/**
 * Raw appends of the same rows into the SQLite adapter, a bare better-sqlite3 insert loop (the limit) and the
 * peer @event-driven-io/emmett-sqlite, on disk (a durable commit each: fsync) and on /dev/shm
 * (fsync costs nothing there, so the CPU cost of each shows).
 */
export async function appendBench(quick: boolean): Promise<BenchResult> {
  const storages: [string, string][] = [
    ['disk', join(BENCH_DIR, '.data')],
    ['/dev/shm', '/dev/shm'],
  ];
  const rows: (string | number)[][] = [];
  const figures: Record<string, unknown> = {};
  for (const [storage, base] of storages) {
    const onDisk = storage === 'disk';
    for (const batch of [1, 100]) {
      const appends =
        batch === 1
          ? onDisk
            ? quick
              ? 300
              : 1500
            : quick
              ? 3000
              : 20000
          : onDisk
            ? quick
              ? 30
              : 150
            : quick
              ? 100
              : 500;
      const run = (name: string, fn: (dir: string, events: EventToAppend[][]) => Promise<void>) =>
        timed(base, appends, batch, fn, name);
      const bare = await run('bare', bareLoop);
      const ours = await run('samverkan', samverkanAppends);
      const retriesBefore = peerRetries;
      const peer = await run('emmett', emmettAppends);
      figures[`${storage}/batch${batch}`] = {
        appends,
        events: appends * batch,
        bare,
        ours,
        peer,
        peerRetries: peerRetries - retriesBefore,
      };
      rows.push([
        storage,
        batch,
        fmt.int(bare),
        fmt.int(ours),
        fmt.int(peer),
        fmt.ratio(ours / bare),
        `${(ours / peer).toFixed(1)}×`,
      ]);
    }
  }
  return {
    name: 'append',
    notes:
      peerRetries > 0
        ? [`emmett-sqlite appends retried after SQLITE_BUSY on commit: ${peerRetries} (time included)`]
        : [],
    figures,
    tables: [
      {
        title: 'Raw appends, events/s (same rows; WAL, synchronous=FULL for all three)',
        head: [
          'storage',
          'batch',
          'bare better-sqlite3 (limit)',
          'Samverkan SQLite adapter',
          'emmett-sqlite 0.38.5 (peer)',
          'adapter / limit',
          'adapter / peer',
        ],
        rows,
      },
    ],
  };
}

/** The same rows for every contender: tip-routine-sized events over 100 streams. */
function makeRows(appends: number, batch: number): EventToAppend[][] {
  const metadata = {
    actor: { id: 'bench-fk_caseworker-1', organisation: 'FK', role: 'FK_CASEWORKER' },
    commandId: '',
    commandType: 'ReportImpulse',
    $correlationId: '5f0c1c9e-6a57-5b1f-8c3a-0d1e2f3a4b5c',
    $causationId: '5f0c1c9e-6a57-5b1f-8c3a-0d1e2f3a4b5c',
    occurredAt: '2025-03-04T08:00:00.000Z',
    kind: 'action',
    schemaVersion: 1,
    chainHash: 'a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f9011223344556677',
  };
  let n = 0;
  return Array.from({ length: appends }, () =>
    Array.from({ length: batch }, () => {
      n++;
      return {
        id: `00000000-0000-5000-8000-${n.toString().padStart(12, '0')}`,
        type: 'ImpulseReported',
        data: {
          impulseId: `impulse-${n}`,
          employer: { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' },
          region: 'Västernorrland',
          industry: '88.101',
          deficiency: 'NO_WORK_ADAPTATION',
          description: 'Arbetsgivaren har inte tagit fram någon plan för återgång i arbete.',
          reportedOn: '2025-03-03',
        },
        metadata: { ...metadata, commandId: `cmd-${n}` },
      };
    }),
  );
}

const STREAMS = 100;
const streamOf = (index: number) => `bench-${index % STREAMS}`;
const revisionBefore = (index: number, batch: number) => Math.floor(index / STREAMS) * batch - 1;

async function timed(
  base: string,
  appends: number,
  batch: number,
  fn: (dir: string, events: EventToAppend[][]) => Promise<void>,
  _name: string,
): Promise<number> {
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'append-'));
  try {
    const events = makeRows(appends, batch);
    const started = process.hrtime.bigint();
    await fn(dir, events);
    return (appends * batch) / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The limit: the adapter's own table and pragmas, one prepared INSERT per event, one transaction per batch. */
async function bareLoop(dir: string, appends: EventToAppend[][]): Promise<void> {
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
    revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (stream, revision));
    CREATE INDEX events_type_position ON events (type, position);`);
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const write = db.transaction((stream: string, first: number, events: EventToAppend[]) => {
    const at = new Date().toISOString();
    events.forEach((e, i) =>
      insert.run(e.id, stream, first + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), at),
    );
  });
  appends.forEach((events, index) =>
    write.immediate(streamOf(index), revisionBefore(index, events.length) + 1, events),
  );
  db.close();
}

async function samverkanAppends(dir: string, appends: EventToAppend[][]): Promise<void> {
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  for (let index = 0; index < appends.length; index++) {
    const expected = revisionBefore(index, appends[index].length);
    await store.append(streamOf(index), appends[index], { expectedRevision: expected < 0 ? 'no_stream' : expected });
  }
  await store.close();
}

async function emmettAppends(dir: string, appends: EventToAppend[][]): Promise<void> {
  const store = getSQLiteEventStore({ fileName: join(dir, 'emmett.sqlite') });
  for (let index = 0; index < appends.length; index++) {
    const expected = revisionBefore(index, appends[index].length);
    const events = appends[index].map((e) => ({
      type: e.type,
      data: e.data as Record<string, unknown>,
      metadata: e.metadata,
    }));
    // emmett counts versions from 1: a stream with one event is at version 1.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.appendToStream(streamOf(index), events, { expectedStreamVersion: BigInt(expected + 1) });
        break;
      } catch (error) {
        // emmett-sqlite 0.38.5 on sqlite3 sometimes fails a commit with SQLITE_BUSY ("SQL statements
        // in progress") under load; the transaction is rolled back, so the append is simply retried.
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 5) throw error;
        peerRetries++;
      }
    }
  }
}

/** How often the peer's append had to be retried (see emmettAppends), reported with its figures. */
let peerRetries = 0;
