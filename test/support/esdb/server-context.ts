import type { Metadata } from '@grpc/grpc-js';
import type { MemoryLog } from './memory-log';

/** The server versions the double can play; each differs where the header of protocol-server.ts says. */
export type ServerVersion = '23.10' | '24.10';

/** The node's settings and state that every handler consults. */
export interface ServerContext {
  readonly version: ServerVersion;
  readonly log: MemoryLog;
  /** The server's wall clock (ms since the epoch), which a test may set ahead of or behind the client's. */
  now(): number;
  /** ClusterVNodeOptions.Database.MaxAppendSize: data bytes per append (see appendSize). */
  readonly maxAppendSize: number;
  /** ClusterVNodeOptions.Database.WriteTimeoutMs: how long the server waits for a write to commit. */
  readonly writeTimeoutMs: number;
  /** The user a call authenticates as (undefined: anonymous), or 'refused' for bad credentials. */
  authenticate(metadata: Metadata): string | undefined | 'refused';
  /** Whether the user may read $all (system streams need $admins or $ops). */
  mayReadAll(user: string | undefined): boolean;
  /** Whether the user may write or read user streams. */
  mayUseStreams(user: string | undefined): boolean;
}

/**
 * What the server counts against MaxAppendSize: Event.SizeOnDisk, whose
 * `data?.Length ?? 0 + metadata?.Length ?? 0 + eventType.Length * 2` parses as
 * `data?.Length ?? (0 + …)`, so only the data bytes count (23.10 and 24.10 alike).
 */
export function appendSize(events: readonly { data: Uint8Array }[]): number {
  return events.reduce((sum, event) => sum + event.data.length, 0);
}
