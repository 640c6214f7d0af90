import { createClient } from 'graphql-ws';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import WebSocket from 'ws';
import { GraphQLResponse } from './test-app';

/** Every way a client can send a GraphQL operation to the API. */
export type Transport = 'POST' | 'GET' | 'ws';
export const TRANSPORTS: Transport[] = ['POST', 'GET', 'ws'];

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface Answer extends GraphQLResponse {
  /** HTTP status (HTTP transports only). */
  status?: number;
  /** How the server closed the socket, when it did instead of answering (websocket only). */
  closed?: { code: number; reason: string };
}

export function wsUrl(server: Server): string {
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** Sends one operation over the transport and returns the answer; the server must be listening for `ws`. */
export async function sendOver(
  transport: Transport,
  server: Server,
  token: string | null,
  operation: Operation,
): Promise<Answer> {
  if (transport === 'ws') return overWebSocket(wsUrl(server), token, operation);
  const req =
    transport === 'POST'
      ? request(server).post('/graphql').set('content-type', 'application/json').send(operation)
      : request(server)
          .get('/graphql')
          .set('apollo-require-preflight', 'true')
          .query({
            query: operation.query,
            ...(operation.variables ? { variables: JSON.stringify(operation.variables) } : {}),
            ...(operation.operationName ? { operationName: operation.operationName } : {}),
          });
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req;
  return { status: res.status, ...(res.body as GraphQLResponse) };
}

/** One operation on a fresh graphql-ws connection: its last result, its errors, or the close. */
export function overWebSocket(
  url: string,
  token: string | null,
  operation: Operation,
  connectionParams?: Record<string, unknown>,
): Promise<Answer> {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
  });
  return new Promise<Answer>((resolve) => {
    let last: Answer = {};
    client.subscribe(operation, {
      next: (value) => void (last = value as Answer),
      error: (error) =>
        resolve(
          Array.isArray(error)
            ? { errors: error as Answer['errors'] }
            : { closed: { code: (error as { code: number }).code, reason: (error as { reason: string }).reason } },
        ),
      complete: () => resolve(last),
    });
  }).finally(() => client.dispose());
}
