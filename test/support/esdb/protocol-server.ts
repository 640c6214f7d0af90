/**
 * A TEST DOUBLE of EventStoreDB's gRPC streams protocol, for CI only: an in-process, in-memory gRPC
 * server that the real `@eventstore/db-client` (6.2.1) connects to, so that the client library's own
 * serialisation and error mapping run in tests without an EventStoreDB server. It lives under test/
 * and is never shipped: nothing in apps/ or in a lib's src/ may import it.
 *
 * It is built from the protocol definitions shipped in the client package (generated/*_grpc_pb.js,
 * *_pb.js) and mirrors EventStoreDB 23.10/24.x where the client can observe it:
 *
 * - ServerFeatures.GetSupportedMethods: version 24.10.0; Streams read, append and (option
 *   `batchAppend`, default on) batchappend. The client uses BatchAppend only when advertised.
 * - Streams.Append (client streaming) and Streams.BatchAppend (bidirectional): expected revision
 *   any / no_stream / stream_exists / exact; atomic; the server's id-based idempotency (see
 *   memory-log.ts); wrong expected version as AppendResp.wrong_expected_version or, for BatchAppend,
 *   a google.rpc.Status carrying event_store.client.WrongExpectedVersion; required metadata
 *   ("type", "content-type") checked.
 * - Streams.Read: one stream or $all, forwards/backwards from start/end/revision/position with a
 *   count (stream-not-found message for a missing stream; optional filter on $all reads);
 *   subscriptions to $all from start/end/position (exclusive), with or without a stream-name or
 *   event-type filter (prefixes or regex, max window, checkpoint multiplier): confirmation, catch-up,
 *   checkpoint (filtered only), caught_up, then live events; subscriptions to one stream likewise,
 *   without filter or checkpoints.
 * - One log: every event has its own commit position == prepare position, growing by a realistic
 *   record size; revisions 0, 1, 2... per stream; "created" in .NET ticks since the Unix epoch. The
 *   log starts with system events ($scavenges, $settings) as a fresh server's does.
 * - stop(): cuts every connection as a crash would and shuts the gRPC server down (open calls,
 *   subscriptions included, fail with UNAVAILABLE on the client); the data is kept. start(): the
 *   same port, the same data.
 *
 * NOT covered (answered UNIMPLEMENTED, or simply absent): clustering, gossip, leader election and
 * requires-leader; TLS; authentication, users and ACLs; persistence to disk; scavenging; stream
 * deletion, tombstones, stream metadata ($$ streams, $maxAge/$maxCount, truncation); persistent
 * subscriptions; projections and system projection streams ($ce-, $et-, $streams); links and
 * resolveLinkTos; fell_behind and backpressure (slow consumers buffer in memory); the exact timing
 * of filtered $all checkpoints (the server checkpoints per read page; this double per event); the
 * real log position layout (chunks, commit records, transactions); maximum append/event size;
 * deadlines; the bounded committed-events cache (ids never expire here); .NET-only regex syntax.
 */
import { createServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { Server, ServerCredentials, status, type sendUnaryData } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService, type IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import { appendHandler, batchAppendHandler } from './append';
import { MemoryLog } from './memory-log';
import { readHandler } from './read';
import { unimplemented } from './wire';

export interface ProtocolServerOptions {
  /** 0 = random free port (default). */
  port?: number;
  /** Advertise and serve BatchAppend; default true. */
  batchAppend?: boolean;
}

export interface EventStoreProtocolServer {
  readonly connectionString: string; // `esdb://127.0.0.1:<port>?tls=false`
  readonly port: number;
  /** Simulates an outage: forcibly shuts the gRPC server down (in-flight calls, including subscriptions, end with UNAVAILABLE on the client), keeping the stored events. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same events (after stop). */
  start(): Promise<void>;
  /** Stops for good. Idempotent. */
  close(): Promise<void>;
}

const SERVER_VERSION = '24.10.0';
const SETTLE_MS = 20;
const STREAMS_SERVICE = 'event_store.client.streams.streams';

export async function startProtocolServer(options: ProtocolServerOptions = {}): Promise<EventStoreProtocolServer> {
  const server = new ProtocolServer(MemoryLog.seeded(), options.batchAppend ?? true);
  await server.listen(options.port ?? 0);
  return server;
}

/** What one start() brings up and stop() tears down. */
interface Running {
  readonly grpc: Server;
  readonly listener: NetServer;
  readonly sockets: Set<Socket>;
}

class ProtocolServer implements EventStoreProtocolServer {
  private boundPort = 0;
  private running: Running | undefined;
  private closed = false;
  private readonly subscriptions = new Set<() => void>();

  constructor(
    private readonly log: MemoryLog,
    private readonly batchAppend: boolean,
  ) {}

  get port(): number {
    return this.boundPort;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.boundPort}?tls=false`;
  }

  /**
   * The TCP listener is ours and hands connections to grpc-js, so that stop() can cut them like a
   * crash or a network failure does. grpc-js' own forceShutdown sends GOAWAY and resets the
   * streams, which the client reports as CANCELLED, not as the UNAVAILABLE of a real outage.
   */
  async listen(port: number): Promise<void> {
    // A grpc-js Server cannot serve again after a forced shutdown: each start gets a new one.
    const grpc = new Server();
    grpc.addService(ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    grpc.addService(StreamsService, this.streamsService());
    const injector = grpc.createConnectionInjector(ServerCredentials.createInsecure());
    const sockets = new Set<Socket>();
    const listener = createServer((socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      injector.injectConnection(socket);
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => {
        listener.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (listener.address() as AddressInfo).port;
    this.running = { grpc, listener, sockets };
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running === undefined) return;
    for (const socket of running.sockets) socket.destroy();
    for (const close of [...this.subscriptions]) close();
    running.grpc.forceShutdown();
    await new Promise<void>((resolve) => running.listener.close(() => resolve()));
    // Lets clients in this process see the drop before the caller goes on (say, to start() again),
    // so that no new call is made on a connection already cut: that would fail with UNAVAILABLE.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }

  async start(): Promise<void> {
    if (this.closed) throw new Error('The protocol server is closed');
    if (this.running === undefined) await this.listen(this.boundPort);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  private streamsService(): IStreamsServer {
    return {
      read: readHandler(this.log, this.subscriptions),
      append: appendHandler(this.log),
      batchAppend: this.batchAppend
        ? batchAppendHandler(this.log)
        : (call) => call.emit('error', unimplemented('BatchAppend is switched off in this protocol server')),
      delete: notServed('Delete'),
      tombstone: notServed('Tombstone'),
    };
  }

  private readonly supportedMethods = (_call: unknown, callback: sendUnaryData<SupportedMethods>): void => {
    const methods = [
      new SupportedMethod()
        .setServiceName(STREAMS_SERVICE)
        .setMethodName('read')
        .setFeaturesList(['position', 'events']),
      new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('append'),
      ...(this.batchAppend ? [new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('batchappend')] : []),
      new SupportedMethod()
        .setServiceName('event_store.client.server_features.serverfeatures')
        .setMethodName('getsupportedmethods'),
    ];
    callback(null, new SupportedMethods().setEventStoreServerVersion(SERVER_VERSION).setMethodsList(methods));
  };
}

function notServed(method: string) {
  return (_call: unknown, callback: sendUnaryData<never>): void =>
    callback({ code: status.UNIMPLEMENTED, details: `${method} is not implemented by this protocol server` });
}
