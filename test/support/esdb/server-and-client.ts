import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { startProtocolServer, type EventStoreProtocolServer, type ProtocolServerOptions } from './protocol-server';

export interface ServerAndClient {
  readonly server: EventStoreProtocolServer;
  readonly client: EventStoreDBClient;
}

/**
 * A protocol server and a client of it, as the adapter connects, started before and closed after
 * the suite, or each test where a case changes the server (its clock, its indexing).
 */
export function serverAndClient(options: ProtocolServerOptions, per: 'suite' | 'test' = 'suite'): ServerAndClient {
  let running: ServerAndClient | undefined;
  const [start, stop] = per === 'suite' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  start(async () => {
    const server = await startProtocolServer(options);
    running = { server, client: EventStoreDBClient.connectionString(server.connectionString) };
  });
  stop(async () => {
    await running?.client.dispose();
    await running?.server.close();
    running = undefined;
  });
  const current = (): ServerAndClient => {
    if (!running) throw new Error('The protocol server runs only inside a test');
    return running;
  };
  return {
    get server() {
      return current().server;
    },
    get client() {
      return current().client;
    },
  };
}

/** An event whose content no case looks at. */
export const happened = () => jsonEvent({ id: randomUUID(), type: 'Happened', data: {} });

/** Polls `condition` until it holds, failing with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
