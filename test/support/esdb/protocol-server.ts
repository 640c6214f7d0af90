/**
 * A TEST DOUBLE of EventStoreDB's gRPC streams protocol, for CI only: an in-process, in-memory gRPC
 * server that the real `@eventstore/db-client` (6.2.1) connects to, so that the client library's own
 * serialisation and error mapping run in tests without an EventStoreDB server. It lives under test/
 * and is never shipped: nothing in apps/ or in a lib's src/ may import it.
 *
 * It plays one server version, `version: '23.10' | '24.10'`, by default the one of the image in
 * docker/compose.yml (ESDB_DOUBLE_VERSION overrides). What it models, each read from the server's
 * source at tags oss-v23.10.1 and v24.10.0 of github.com/EventStore/EventStore (paths under
 * src/EventStore.Core/):
 *
 * - Features (Services/Transport/Grpc/ServerFeatures.cs): the version; Streams read, append and
 *   (option `batchAppend`, default on) batchappend. The client uses BatchAppend only when advertised.
 * - Appends (Services/Transport/Grpc/Streams.Append.cs, Streams.BatchAppend.cs, Status.cs,
 *   RpcExceptions.cs; append.ts): any / no_stream / stream_exists / exact; atomic; wrong expected
 *   version as the classic reply or a google.rpc.Status; required metadata checked.
 * - Idempotency (Services/Storage/ReaderIndex/IndexWriter.cs CheckCommit,
 *   Services/Storage/StorageWriterService.cs, Services/Storage/ReaderIndex/BoundedCache.cs,
 *   Settings/ESConsts.cs; memory-log.ts, id-cache.ts): any/stream_exists look ids up only in the
 *   committed-events cache (8 MiB, insertion-order eviction, option `idCacheBytes`), which stop()
 *   and start() (a restart) forget; an unknown first id writes everything again. An exact revision
 *   behind the stream checks the cache and then the index; one equal to the current checks no ids.
 *   A retry of a write not yet indexed (IdempotentNotReady) is dropped unanswered; an idempotent
 *   answer carries no position when the event cannot be read back.
 * - Size (Data/Event.cs SizeOnDisk, Configuration/ClusterVNodeOptions.cs MaxAppendSize; append.ts):
 *   over 1 MiB of data per append (option `maxAppendSize`), counted as the server does: data bytes
 *   only; refused with maximum-append-size-exceeded, nothing written.
 * - Deadlines and timeouts (Streams.BatchAppend.cs GetRequestedTimeout, RequestManagerBase.cs,
 *   ClusterVNodeOptions.cs WriteTimeoutMs): BatchAppend's deadline is the client's absolute time,
 *   checked against the server's clock (skewClock); writes not indexed within 2 s (option
 *   `writeTimeoutMs`) are answered as timed out and still commit (holdIndexing/releaseIndexing).
 * - Reads (Services/Transport/Grpc/Streams.Read.cs, Enumerators.*; read.ts): one stream or $all,
 *   forwards/backwards, counted, filtered; stream-not-found; only indexed events are read.
 * - Subscriptions (Grpc/Enumerators.AllSubscription.cs in 23.10, Transport/Enumerators/
 *   Enumerator.AllSubscription.cs in 24.10; read.ts, live-feed.ts): confirmation, catch-up,
 *   checkpoints (filtered), caught_up, live. From a position, 23.10 starts after the first event at
 *   or after it (a position that is no event skips the next event); 24.10 starts after the position.
 *   32 live events wait while the client does not read; past that 23.10 drops the subscriber
 *   ("consumer too slow", ABORTED) and 24.10 falls behind and catches up again without telling.
 * - Deletes (Streams.Delete.cs, Streams.Tombstone.cs; memory-log.ts): deleteStream (soft: reads as
 *   not found, an append recreates it with later revisions) and tombstoneStream (appends and reads
 *   answer stream-deleted for good).
 * - Access (Services/Transport/Grpc/RpcExceptions.cs AccessDenied, the default ACL in
 *   $settings/systemStreamAcl): option `users` makes the node secure: calls authenticate with basic
 *   credentials; reading or subscribing to $all needs $admins or $ops, else access-denied.
 * - One log: every event has its own commit position == prepare position, growing by a realistic
 *   record size; "created" in .NET ticks from the server's clock. The log starts with system
 *   events ($scavenges, $settings) as a fresh server's does.
 * - stop(): cuts every connection as a crash would; start(): the same port, the same data, an
 *   empty id cache.
 *
 * - TLS (option `tls`, a throwaway certificate from tls.ts): the client verifies it against the
 *   file named in the connection string; grpc-js sends call credentials only over TLS.
 *
 * NOT modelled (answered UNIMPLEMENTED, or simply absent): client certificates, and certificate
 * checks beyond the client's (docker/compose.secure.yml serves a real secure node); clustering, gossip, elections, requires-leader, replication acks (the id cache
 * here never holds another node's writes because there is no other node); persistence to disk;
 * scavenging; 24.10's InvalidPosition for a position inside a record; stream metadata other than
 * the delete's $tb ($maxAge/$maxCount, ACLs per stream); persistent subscriptions; projections and
 * system projection streams; links and resolveLinkTos; the exact timing of filtered $all
 * checkpoints (the server checkpoints per read page; this double per event); the real log layout
 * (chunks, commit records, transactions); the 16 MiB record limit; HTTP/2 flow-control sizes (a
 * backed-up stream is what grpc-js' write() reports); .NET-only regex syntax.
 */
import { createServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { Server, ServerCredentials, type sendUnaryData } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService, type IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendHandler, batchAppendHandler } from './append';
import { MemoryLog } from './memory-log';
import { readHandler } from './read';
import { COMMITTED_EVENTS_CACHE_BYTES } from './id-cache';
import type { ServerContext, ServerVersion } from './server-context';
import { deleteHandler, tombstoneHandler } from './delete';
import type { TestCertificate } from './tls';
import { unimplemented } from './wire';

export type { ServerVersion } from './server-context';

export interface ProtocolServerOptions {
  /** 0 = random free port (default). */
  port?: number;
  /** Advertise and serve BatchAppend; default true. */
  batchAppend?: boolean;
  /** The server version to play; default: the image's in docker/compose.yml. */
  version?: ServerVersion;
  /** Size of the committed-events cache; default 8 MiB, as the server's. */
  idCacheBytes?: number;
  /** MaxAppendSize, data bytes per append; default 1 MiB. */
  maxAppendSize?: number;
  /** WriteTimeoutMs; default 2000. */
  writeTimeoutMs?: number;
  /** Serves TLS with this certificate (see tls.ts); the connection string then names its file as CA. */
  tls?: TestCertificate;
  /** Makes the node secure: these users (name: password and groups) and admin (changeit, $admins). */
  users?: Record<string, { password: string; groups: string[] }>;
}

export interface EventStoreProtocolServer {
  readonly connectionString: string; // `esdb://127.0.0.1:<port>?tls=false` (or tls=true&tlsCAFile=…)
  connectionStringFor(user: string, password: string): string;
  readonly port: number;
  /** Simulates an outage: forcibly shuts the gRPC server down (in-flight calls, including subscriptions, end with UNAVAILABLE on the client), keeping the stored events. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same events (after stop). */
  start(): Promise<void>;
  /** Stops for good. Idempotent. */
  close(): Promise<void>;
  readonly version: ServerVersion;
  /** Sets the server's clock this many ms ahead of the machine's (negative: behind). */
  skewClock(ms: number): void;
  /** Holds indexing back: later writes are in the log but unread and unanswered until released. */
  holdIndexing(): void;
  releaseIndexing(): void;
  /** Streams.Delete and Streams.Tombstone without a client, for arranging a test. */
  deleteStream(stream: string): void;
  tombstoneStream(stream: string): void;
}

const REPORTED_VERSION: Record<ServerVersion, string> = { '23.10': '23.10.1', '24.10': '24.10.0' };
const MAX_APPEND_SIZE = 1024 * 1024;
const WRITE_TIMEOUT_MS = 2_000;
const SETTLE_MS = 20;
const ADMIN = { password: 'changeit', groups: ['$admins'] };
const STREAMS_SERVICE = 'event_store.client.streams.streams';

export async function startProtocolServer(options: ProtocolServerOptions = {}): Promise<EventStoreProtocolServer> {
  const server = new ProtocolServer(options);
  await server.listen(options.port ?? 0);
  return server;
}

/** The version of the EventStoreDB image that docker/compose.yml runs, or ESDB_DOUBLE_VERSION. */
export function defaultServerVersion(): ServerVersion {
  const wanted = process.env.ESDB_DOUBLE_VERSION;
  if (wanted === '23.10' || wanted === '24.10') return wanted;
  const compose = readFileSync(join(__dirname, '../../../docker/compose.yml'), 'utf8');
  const tag = /image:\s*eventstore\/eventstore:(\d+\.\d+)/.exec(compose)?.[1];
  if (tag === '23.10' || tag === '24.10') return tag;
  throw new Error(`docker/compose.yml runs EventStoreDB ${tag ?? '(none)'}; the protocol server plays 23.10 or 24.10`);
}

/** What one start() brings up and stop() tears down. */
interface Running {
  readonly grpc: Server;
  readonly listener: NetServer;
  readonly sockets: Set<Socket>;
}

class ProtocolServer implements EventStoreProtocolServer {
  readonly version: ServerVersion;
  private boundPort = 0;
  private running: Running | undefined;
  private closed = false;
  private skewMs = 0;
  private readonly subscriptions = new Set<() => void>();
  private readonly log: MemoryLog;
  private readonly batchAppend: boolean;
  private readonly context: ServerContext;

  constructor(private readonly options: ProtocolServerOptions) {
    this.version = options.version ?? defaultServerVersion();
    this.batchAppend = options.batchAppend ?? true;
    const now = (): number => Date.now() + this.skewMs;
    this.log = MemoryLog.seeded({ now }, options.idCacheBytes ?? COMMITTED_EVENTS_CACHE_BYTES);
    const users: Record<string, { password: string; groups: string[] }> | undefined =
      options.users === undefined ? undefined : { admin: ADMIN, ...options.users };
    const groupsOf = (user: string | undefined): string[] => (user === undefined ? [] : (users?.[user]?.groups ?? []));
    this.context = {
      version: this.version,
      log: this.log,
      now,
      maxAppendSize: options.maxAppendSize ?? MAX_APPEND_SIZE,
      writeTimeoutMs: options.writeTimeoutMs ?? WRITE_TIMEOUT_MS,
      authenticate: (metadata) => {
        const header = metadata.get('authorization')[0];
        if (typeof header !== 'string' || !header.startsWith('Basic ')) return undefined;
        const [name, password] = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8').split(':');
        return users?.[name]?.password === password ? name : 'refused';
      },
      // An insecure node lets everyone do everything.
      mayReadAll: (user) =>
        users === undefined || groupsOf(user).some((group) => group === '$admins' || group === '$ops'),
      mayUseStreams: (user) => users === undefined || user !== undefined,
    };
  }

  skewClock(ms: number): void {
    this.skewMs = ms;
  }

  holdIndexing(): void {
    this.log.hold();
  }

  releaseIndexing(): void {
    this.log.release();
  }

  deleteStream(stream: string): void {
    this.log.softDelete(stream, { kind: 'any' });
  }

  tombstoneStream(stream: string): void {
    this.log.tombstone(stream, { kind: 'any' });
  }

  get port(): number {
    return this.boundPort;
  }

  get connectionString(): string {
    const tls = this.options.tls;
    const query = tls === undefined ? 'tls=false' : `tls=true&tlsCAFile=${encodeURIComponent(tls.certFile)}`;
    return `esdb://127.0.0.1:${this.boundPort}?${query}`;
  }

  /** The connection string with a user's basic credentials. */
  connectionStringFor(user: string, password: string): string {
    return this.connectionString.replace('esdb://', `esdb://${user}:${password}@`);
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
    const tls = this.options.tls;
    const credentials =
      tls === undefined
        ? ServerCredentials.createInsecure()
        : ServerCredentials.createSsl(null, [{ cert_chain: tls.cert, private_key: tls.key }]);
    const injector = grpc.createConnectionInjector(credentials);
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

  /** A restart: the same data; the id cache, memory only, is empty. */
  async start(): Promise<void> {
    if (this.closed) throw new Error('The protocol server is closed');
    if (this.running !== undefined) return;
    this.log.restart();
    await this.listen(this.boundPort);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  private streamsService(): IStreamsServer {
    return {
      read: readHandler(this.context, this.subscriptions),
      append: appendHandler(this.context),
      batchAppend: this.batchAppend
        ? batchAppendHandler(this.context)
        : (call) => call.emit('error', unimplemented('BatchAppend is switched off in this protocol server')),
      delete: deleteHandler(this.context),
      tombstone: tombstoneHandler(this.context),
    };
  }

  private readonly supportedMethods = (_call: unknown, callback: sendUnaryData<SupportedMethods>): void => {
    const methods = [
      new SupportedMethod()
        .setServiceName(STREAMS_SERVICE)
        .setMethodName('read')
        .setFeaturesList(['position', 'events']),
      new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('append'),
      new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('delete'),
      new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('tombstone'),
      ...(this.batchAppend ? [new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName('batchappend')] : []),
      new SupportedMethod()
        .setServiceName('event_store.client.server_features.serverfeatures')
        .setMethodName('getsupportedmethods'),
    ];
    callback(
      null,
      new SupportedMethods().setEventStoreServerVersion(REPORTED_VERSION[this.version]).setMethodsList(methods),
    );
  };
}
