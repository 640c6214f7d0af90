import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AppendResult,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { status } from '@grpc/grpc-js';
import { startProtocolServer, type EventStoreProtocolServer, type ProtocolServerOptions } from './protocol-server';
import { waitFor } from './server-and-client';

/** Exposes the client's own decision whether to use BatchAppend (a protected method). */
class ProbeClient extends EventStoreDBClient {
  usesBatchAppend(): Promise<boolean> {
    return this.supports(StreamsService.batchAppend);
  }
}

const unique = (prefix: string): string => `${prefix}-${randomUUID()}`;
const event = (type: string, data: Record<string, unknown>, metadata?: Record<string, unknown>) =>
  jsonEvent({ id: randomUUID(), type, data, metadata });

async function readAll(events: AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> {
  const read: ResolvedEvent[] = [];
  for await (const resolved of events) read.push(resolved);
  return read;
}

describe.each([
  { batchAppend: true, path: 'BatchAppend' },
  { batchAppend: false, path: 'classic Append' },
])('protocol server, appending through $path', ({ batchAppend }) => {
  let server: EventStoreProtocolServer;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    server = await startProtocolServer({ batchAppend });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterEach(() => client.dispose());

  it('is what the client picks its append path from', async () => {
    const probe = new ProbeClient({ endpoint: { address: '127.0.0.1', port: server.port } }, { insecure: true });
    try {
      expect(await probe.usesBatchAppend()).toBe(batchAppend);
    } finally {
      await probe.dispose();
    }
  });

  it('round-trips JSON data and metadata with the ids, types and revisions', async () => {
    const stream = unique('plan');
    const correlationId = randomUUID();
    const first = event(
      'PlanCreated',
      { title: 'Plan å', steps: [1, 2] },
      { $correlationId: correlationId, userId: 'u1' },
    );
    const second = event('StepAdded', { step: 3 }, { $correlationId: correlationId, $causationId: first.id });
    const before = Date.now();

    const result = await client.appendToStream(stream, [first, second], { expectedRevision: NO_STREAM });
    const read = (await readAll(client.readStream(stream))).map((resolved) => resolved.event);

    expect(result).toMatchObject({ success: true, nextExpectedRevision: 1n });
    expect(read).toMatchObject([
      {
        streamId: stream,
        id: first.id,
        revision: 0n,
        type: 'PlanCreated',
        isJson: true,
        data: first.data,
        metadata: first.metadata,
      },
      {
        streamId: stream,
        id: second.id,
        revision: 1n,
        type: 'StepAdded',
        isJson: true,
        data: second.data,
        metadata: second.metadata,
      },
    ]);
    expect(read[0]?.created.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(read[0]?.created.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('gives every event of an append its own increasing position, commit equal to prepare', async () => {
    const stream = unique('positions');
    const result = await client.appendToStream(stream, [
      event('A', { n: 1 }),
      event('B', { n: 2 }),
      event('C', { n: 3 }),
    ]);
    const positions = (await readAll(client.readStream(stream))).map(
      (resolved) => resolved.event?.position as Position,
    );

    expect(positions).toHaveLength(3);
    for (const position of positions) expect(position.prepare).toBe(position.commit);
    expect(positions[0].commit).toBeGreaterThan(0n);
    expect(positions[1].commit).toBeGreaterThan(positions[0].commit);
    expect(positions[2].commit).toBeGreaterThan(positions[1].commit);
    expect(result.position).toEqual(positions[2]);
  });

  it('refuses a stale exact revision with WrongExpectedVersionError and writes nothing', async () => {
    const stream = unique('stale');
    await client.appendToStream(stream, [event('A', {}), event('B', {})]);

    const error = await client
      .appendToStream(stream, event('C', {}), { expectedRevision: 0n })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: stream, expectedVersion: 0n, actualVersion: 1n });
    expect(await readAll(client.readStream(stream))).toHaveLength(2);
  });

  it('refuses no_stream on an existing stream, and exact revisions on a missing one', async () => {
    const stream = unique('exists');
    await client.appendToStream(stream, event('A', {}));
    const missing = unique('missing');

    const onExisting = await client
      .appendToStream(stream, event('B', {}), { expectedRevision: NO_STREAM })
      .catch((e: unknown) => e);
    const onMissing = await client
      .appendToStream(missing, event('B', {}), { expectedRevision: 3n })
      .catch((e: unknown) => e);
    const mustExist = await client
      .appendToStream(missing, event('B', {}), { expectedRevision: STREAM_EXISTS })
      .catch((e: unknown) => e);

    expect(onExisting).toBeInstanceOf(WrongExpectedVersionError);
    expect(onExisting).toMatchObject({ expectedVersion: 'no_stream', actualVersion: 0n });
    expect(onMissing).toMatchObject({ expectedVersion: 3n, actualVersion: 'no_stream' });
    expect(mustExist).toMatchObject({ expectedVersion: 'stream_exists', actualVersion: 'no_stream' });
    expect(await readAll(client.readStream(stream))).toHaveLength(1);
    await expect(readAll(client.readStream(missing))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('answers a retried append with the original result and writes nothing', async () => {
    const stream = unique('retry');
    const events = [event('A', {}), event('B', {})];
    const original = await client.appendToStream(stream, events, { expectedRevision: NO_STREAM });

    const sameExpected = await client.appendToStream(stream, events, { expectedRevision: NO_STREAM });
    const anyRevision = await client.appendToStream(stream, events);

    expect(sameExpected).toEqual(original);
    expect(anyRevision).toEqual(original);
    expect((await readAll(client.readStream(stream))).map((resolved) => resolved.event?.id)).toEqual(
      events.map((e) => e.id),
    );
  });

  it('refuses a retry whose ids diverge after the first, and treats ids of other streams as new', async () => {
    const stream = unique('diverge');
    const [a, b] = [event('A', {}), event('B', {})];
    await client.appendToStream(stream, [a, b], { expectedRevision: NO_STREAM });

    const diverging = await client
      .appendToStream(stream, [a, event('C', {})], { expectedRevision: NO_STREAM })
      .catch((e: unknown) => e);
    const elsewhere: AppendResult = await client.appendToStream(unique('other'), [a, b], {
      expectedRevision: NO_STREAM,
    });

    expect(diverging).toBeInstanceOf(WrongExpectedVersionError);
    expect(diverging).toMatchObject({ expectedVersion: 'no_stream', actualVersion: 1n });
    expect(elsewhere).toMatchObject({ success: true, nextExpectedRevision: 1n });
    expect(await readAll(client.readStream(stream))).toHaveLength(2);
  });

  it('like EventStoreDB, checks no ids when the exact expected revision is the current one', async () => {
    const stream = unique('unchecked');
    const a = event('A', {});
    await client.appendToStream(stream, a, { expectedRevision: NO_STREAM });

    const again = await client.appendToStream(stream, a, { expectedRevision: 0n });

    expect(again.nextExpectedRevision).toBe(1n);
    expect((await readAll(client.readStream(stream))).map((resolved) => resolved.event?.id)).toEqual([a.id, a.id]);
  });

  it('throws StreamNotFoundError when reading a missing stream', async () => {
    const stream = unique('nothing');
    const error = await readAll(client.readStream(stream)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamNotFoundError);
    expect(error).toMatchObject({ streamName: stream });
  });

  it('reads a stream backwards and from a revision', async () => {
    const stream = unique('slice');
    await client.appendToStream(stream, [event('A', {}), event('B', {}), event('C', {})]);

    const backwards = await readAll(
      client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 2 }),
    );
    const fromOne = await readAll(client.readStream(stream, { fromRevision: 1n }));

    expect(backwards.map((resolved) => resolved.event?.type)).toEqual(['C', 'B']);
    expect(fromOne.map((resolved) => resolved.event?.type)).toEqual(['B', 'C']);
  });

  it('reads $all from a position: forwards including it, backwards before it; system events first', async () => {
    const stream = unique('all');
    await client.appendToStream(stream, [event('A', {}), event('B', {}), event('C', {})]);
    const [, second] = await readAll(client.readStream(stream));
    const position = second.event?.position as Position;

    const forwards = await readAll(client.readAll({ fromPosition: position, direction: FORWARDS, maxCount: 2 }));
    const backwards = await readAll(client.readAll({ fromPosition: position, direction: BACKWARDS, maxCount: 1 }));
    const [oldest] = await readAll(client.readAll({ fromPosition: START, maxCount: 1 }));
    const [newest] = await readAll(client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 }));

    expect(forwards.map((resolved) => [resolved.event?.streamId, resolved.event?.type])).toEqual([
      [stream, 'B'],
      [stream, 'C'],
    ]);
    expect(forwards[0].commitPosition).toBe(position.commit);
    expect(backwards.map((resolved) => resolved.event?.type)).toEqual(['A']);
    expect(oldest.event?.streamId.startsWith('$')).toBe(true);
    expect(newest.event).toMatchObject({ streamId: stream, type: 'C' });
  });
});

describe('protocol server subscriptions to $all', () => {
  let server: EventStoreProtocolServer;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    server = await startProtocolServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterEach(() => client.dispose());

  it('delivers filtered catch-up events, a checkpoint, caughtUp, then live events in order', async () => {
    const prefix = unique('sub');
    await client.appendToStream(`${prefix}-1`, event('Old', { n: 1 }));
    await client.appendToStream(unique('elsewhere'), event('Other', {}));
    await client.appendToStream(`${prefix}-2`, event('Old', { n: 2 }));
    const seen: string[] = [];
    const checkpoints: Position[] = [];
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: streamNameFilter({
        prefixes: [prefix],
        checkpointReached: (_s, position) => void checkpoints.push(position),
      }),
    });
    subscription.on('data', (resolved: ResolvedEvent) =>
      seen.push(`${resolved.event?.type}:${resolved.event?.streamId}`),
    );
    subscription.on('caughtUp', () => seen.push('caughtUp'));

    try {
      await waitFor(() => seen.includes('caughtUp'), 'caught up');
      await client.appendToStream(unique('elsewhere'), event('Other', {}));
      const live = await client.appendToStream(`${prefix}-1`, event('New', {}));
      await waitFor(() => seen.length === 4, 'the live event');

      expect(seen).toEqual([`Old:${prefix}-1`, `Old:${prefix}-2`, 'caughtUp', `New:${prefix}-1`]);
      expect(checkpoints.length).toBeGreaterThanOrEqual(1);
      expect(checkpoints[0].commit).toBeLessThan((live.position as Position).commit);
    } finally {
      await subscription.unsubscribe();
    }
  });

  it('from the end delivers only live events; a stream subscription only that stream, after its revision', async () => {
    const stream = unique('watched');
    await client.appendToStream(stream, [event('A', {}), event('B', {})]);
    const fromEnd: string[] = [];
    const ofStream: string[] = [];
    const toAll = client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [stream] }) });
    const toStream = client.subscribeToStream(stream, { fromRevision: 0n });
    toAll.on('data', (resolved: ResolvedEvent) => fromEnd.push(resolved.event?.type ?? ''));
    toAll.on('caughtUp', () => fromEnd.push('caughtUp'));
    toStream.on('data', (resolved: ResolvedEvent) =>
      ofStream.push(`${resolved.event?.type}@${resolved.event?.revision}`),
    );
    toStream.on('caughtUp', () => ofStream.push('caughtUp'));

    try {
      await waitFor(() => fromEnd.includes('caughtUp') && ofStream.includes('caughtUp'), 'caught up');
      await client.appendToStream(unique('unwatched'), event('X', {}));
      await client.appendToStream(stream, event('C', {}));
      await waitFor(() => fromEnd.length === 2 && ofStream.length === 3, 'the live event');

      expect(fromEnd).toEqual(['caughtUp', 'C']);
      expect(ofStream).toEqual(['B@1', 'caughtUp', 'C@2']);
    } finally {
      await Promise.all([toAll.unsubscribe(), toStream.unsubscribe()]);
    }
  });

  it('starts strictly after a given position, and shows system events only when unfiltered', async () => {
    const stream = unique('after');
    await client.appendToStream(stream, [event('A', {}), event('B', {})]);
    const [first] = await readAll(client.readStream(stream));
    const fromPosition = first.event?.position as Position;
    const [unfilteredFirst] = await readAll(client.readAll({ maxCount: 1 }));

    const collect = async (options: Parameters<EventStoreDBClient['subscribeToAll']>[0]): Promise<ResolvedEvent[]> => {
      const received: ResolvedEvent[] = [];
      let caughtUp = false;
      const subscription = client.subscribeToAll(options);
      subscription.on('data', (resolved: ResolvedEvent) => received.push(resolved));
      subscription.on('caughtUp', () => (caughtUp = true));
      await waitFor(() => caughtUp, 'caught up');
      await subscription.unsubscribe();
      return received;
    };

    const afterFirst = await collect({ fromPosition });
    const withoutSystem = await collect({ fromPosition: START, filter: excludeSystemEvents() });
    const everything = await collect({ fromPosition: START });

    expect(afterFirst.map((resolved) => resolved.event?.type)).toEqual(['B']);
    expect(withoutSystem.some((resolved) => resolved.event?.type.startsWith('$'))).toBe(false);
    expect(withoutSystem.map((resolved) => resolved.event?.id)).toContain(first.event?.id);
    expect(everything[0]?.event?.id).toBe(unfilteredFirst.event?.id);
    expect(everything[0]?.event?.type.startsWith('$')).toBe(true);
  });
});

describe('protocol server outage', () => {
  const clients: EventStoreDBClient[] = [];
  const servers: EventStoreProtocolServer[] = [];
  const serve = async (options: ProtocolServerOptions): Promise<EventStoreProtocolServer> => {
    const server = await startProtocolServer(options);
    servers.push(server);
    return server;
  };
  const connect = (server: EventStoreProtocolServer): EventStoreDBClient => {
    const client = EventStoreDBClient.connectionString(server.connectionString);
    clients.push(client);
    return client;
  };

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    for (const server of servers) {
      await server.close();
      await server.close(); // idempotent
    }
  });

  it('drops open calls with UnavailableError on stop, and serves the same data on the same port after start', async () => {
    const server = await serve({});
    const client = connect(server);
    const stream = unique('outage');
    const before = event('BeforeOutage', {});
    await client.appendToStream(stream, before); // leaves a BatchAppend call open
    let caughtUp = false;
    const subscription = client.subscribeToAll({ fromPosition: END });
    subscription.on('caughtUp', () => (caughtUp = true));
    const dropped = new Promise<unknown>((resolve) => subscription.on('error', resolve));
    await waitFor(() => caughtUp, 'caught up');
    const port = server.port;

    await server.stop();
    const subscriptionError = await dropped;
    const appendError = await client.appendToStream(stream, event('During', {})).catch((e: unknown) => e);

    expect(subscriptionError).toBeInstanceOf(UnavailableError);
    // The dropped calls made the client reconnect, which starts with refetching the server
    // features; the client passes that call's error on unconverted: a grpc-js ServiceError.
    expect(appendError).not.toBeInstanceOf(UnavailableError);
    expect(appendError).toMatchObject({ code: status.UNAVAILABLE });

    await server.start();
    const recovered = await client.appendToStream(stream, event('AfterOutage', {}), { expectedRevision: 0n });
    const read = await readAll(connect(server).readStream(stream));

    expect(server.port).toBe(port);
    expect(recovered.nextExpectedRevision).toBe(1n);
    expect(read.map((resolved) => resolved.event?.type)).toEqual(['BeforeOutage', 'AfterOutage']);
    expect(read[0].event?.id).toBe(before.id);
  });

  it('fails new calls with UnavailableError while stopped when no call was open', async () => {
    const server = await serve({ batchAppend: false });
    const client = connect(server);
    const stream = unique('down');
    await client.appendToStream(stream, event('A', {}));

    await server.stop();
    const appendError = await client.appendToStream(stream, event('B', {})).catch((e: unknown) => e);
    const readError = await readAll(client.readStream(stream)).catch((e: unknown) => e);
    await server.start();

    expect(appendError).toBeInstanceOf(UnavailableError);
    expect(readError).toBeInstanceOf(UnavailableError);
    expect(await readAll(client.readStream(stream))).toHaveLength(1);
  });
});
