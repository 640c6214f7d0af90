import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DocumentNode, getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { Context, SubscribePayload } from 'graphql-ws';
import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { ServiceCredentials, TokenService, VerifiedToken } from '@samverkan/auth';
import { rateLimitedError } from '../rate-limits/rate-limit.middleware';
import { RateLimits } from '../rate-limits/rate-limits';
import { GraphqlLimits } from './limits';
import { summariseOperation } from './operation-summary';
import { bearerOf, closeAtExpiry, refuseConnection } from './ws-connection';

// graphql-ws publishes its ws glue as an export subpath, which this tsconfig's module resolution
// cannot see; the types come from the file itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');

/** Live subscriptions and queries in flight on one socket (the web page holds one). */
export const MAX_OPERATIONS_PER_SOCKET = 20;

type Connection = { connectionId: string; stopExpiry: () => void; verified: VerifiedToken };
type Ctx = Context<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage } & Partial<Connection>>;

/**
 * graphql-ws on `/graphql`, with the same limits as HTTP: a verified token before the connection is
 * acknowledged, messages no larger than a request body, and every operation (subscription, query or
 * mutation) parsed, bounded, validated and costed by the one `GraphqlLimits` before it runs.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('GraphqlWs');
  private server?: WebSocketServer;
  private disposed?: Promise<void>;
  private dispose?: () => void | Promise<void>;

  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly schemas: GraphQLSchemaHost,
    private readonly tokens: TokenService,
    private readonly limits: GraphqlLimits,
    private readonly credentials: ServiceCredentials,
    private readonly rateLimits: RateLimits,
  ) {}

  onApplicationBootstrap(): void {
    const http = this.adapter.httpAdapter.getHttpServer() as Server;
    this.server = new WebSocketServer({ noServer: true, path: '/graphql', maxPayload: this.limits.maxMessageBytes });
    const { dispose } = useServer<Record<string, unknown>, Connection>(
      {
        schema: this.schemas.schema,
        onConnect: (ctx) => this.connect(ctx),
        onSubscribe: (ctx, id, payload) => {
          // The operation count first, while this socket's other operations are as they were when it came.
          const admitted = this.admit(ctx, id, payload);
          return Array.isArray(admitted) ? admitted : this.stillAllowed(ctx).then((refused) => refused ?? admitted);
        },
        onClose: (ctx) => ctx.extra.stopExpiry?.(),
        // The token verified at connection (the socket closes when it expires), so operations do not verify it again.
        context: (ctx) => ({
          req: {
            id: randomUUID(),
            headers: { authorization: bearerHeader(ctx.connectionParams) },
            verified: ctx.extra.verified,
          },
        }),
      },
      this.server,
    );
    this.dispose = dispose;
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Nothing else upgrades: a socket left open would only hold a file descriptor.
      if (new URL(request.url ?? '/', 'http://x').pathname !== '/graphql') return void socket.destroy();
      this.server!.handleUpgrade(request, socket, head, (ws) => {
        this.server!.emit('connection', ws, request);
        // A socket's errors are the client's (a frame over maxPayload, bad UTF-8), and ws closes the
        // socket itself (1009, 1007): a warning, where graphql-ws would print the stack to stderr.
        ws.removeAllListeners('error');
        ws.on('error', (error: Error & { code?: string }) =>
          this.logger.warn({ msg: 'graphql-ws message refused', code: error.code, reason: error.message }),
        );
      });
    });
  }

  beforeApplicationShutdown(): Promise<void> {
    return (this.disposed ??= Promise.resolve(this.dispose?.()));
  }

  private async connect(ctx: Ctx): Promise<boolean> {
    const connectionId = (ctx.extra.connectionId = randomUUID());
    const token = bearerOf(ctx.connectionParams);
    if (!token)
      return refuseConnection(
        ctx.extra.socket,
        this.logger,
        connectionId,
        'Unauthenticated: send connectionParams.authorization "Bearer <token>"',
      );
    try {
      const verified = (ctx.extra.verified = await this.tokens.verify(token));
      const exp = verified.claims.exp;
      if (typeof exp === 'number') ctx.extra.stopExpiry = closeAtExpiry(ctx.extra.socket, exp * 1000);
      this.logger.log({ msg: 'graphql-ws connected', connectionId, role: verified.actor.role });
      return true;
    } catch {
      return refuseConnection(
        ctx.extra.socket,
        this.logger,
        connectionId,
        'Unauthenticated: the bearer token is invalid or expired',
      );
    }
  }

  /**
   * What HTTP checks per request besides the token, per operation here: a service credential is
   * still live (revoked since the socket opened: refused), and the sender is within its rate limit.
   */
  private async stillAllowed(ctx: Ctx): Promise<GraphQLError[] | null> {
    const verified = ctx.extra.verified;
    if (!verified) return null;
    const credentialId = verified.serviceCredentialId;
    if (credentialId && !(await this.credentials.live(credentialId)))
      return [
        new GraphQLError('The service credential was revoked or has expired', {
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ];
    const limited = await this.rateLimits.consumeFor(verified);
    if (!limited) return null;
    const { message, extensions } = rateLimitedError(limited);
    return [new GraphQLError(message, { extensions })];
  }

  /** The HTTP pipeline's checks in the same order; errors go back as the operation's error message. */
  private admit(ctx: Ctx, id: string, payload: SubscribePayload) {
    const schema = this.schemas.schema;
    const summary = summariseOperation(payload);
    // HTTP has one operation per request; a socket may hold several, but not without end.
    if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
      return this.refused(ctx, summary, [
        new GraphQLError(`At most ${MAX_OPERATIONS_PER_SOCKET} operations may run at once on one connection`, {
          extensions: { code: 'TOO_MANY_OPERATIONS', limit: MAX_OPERATIONS_PER_SOCKET },
        }),
      ]);
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, this.limits.parseOptions);
    } catch (error) {
      return this.refused(ctx, summary, [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')]);
    }
    // The bounds first, on their own: graphql-js's validation work grows with what they bound.
    const unbounded = this.limits.documentErrors(document);
    if (unbounded.length > 0) return this.refused(ctx, summary, unbounded);
    const errors = validate(schema, document, [...specifiedRules, ...this.limits.validationRules]);
    if (errors.length > 0)
      return this.refused(
        ctx,
        summary,
        errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED')),
      );
    const refusals = this.limits.operationErrors(schema, document, payload);
    if (refusals.length > 0) return this.refused(ctx, summary, refusals);
    const operation = getOperationAST(document, payload.operationName);
    this.logger.log({
      msg: 'graphql-ws operation',
      connectionId: ctx.extra.connectionId,
      id,
      type: operation?.operation,
      ...summary,
    });
    return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
  }

  private refused(ctx: Ctx, summary: object, errors: readonly GraphQLError[]) {
    const codes = errors.map((e) => e.extensions?.code);
    this.logger.log({ msg: 'graphql-ws operation refused', connectionId: ctx.extra.connectionId, codes, ...summary });
    return errors.map((e) => coded(e, String(e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED')));
  }
}

function bearerHeader(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const token = bearerOf(params);
  return token ? `Bearer ${token}` : undefined;
}

/** The code Apollo gives the same error over HTTP, so clients read one set of codes; no HTTP status on a socket. */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (!(error instanceof GraphQLError))
    return new GraphQLError('The operation could not be read', { extensions: { code } });
  const { http: _http, ...extensions } = error.extensions ?? {};
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...extensions, code },
  });
}
