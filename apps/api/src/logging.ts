import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Environment } from '@samverkan/core';
import { containsPersonalIdentityNumber } from '@samverkan/core/domain';
import { summariseOperation } from './graphql/operation-summary';

const CORRELATION_HEADER = 'x-correlation-id';

/**
 * JSON logs; each request gets a correlation id (the caller's x-correlation-id if it sends a sane
 * one), which is echoed back, logged with every line and stored in the events the request causes.
 */
export function loggerModule(env: Environment) {
  return LoggerModule.forRoot({
    // Synchronous writes: the lines of a shutdown must reach stdout before the process ends.
    pinoHttp: [
      {
        level: env.LOG_LEVEL,
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const given = req.headers[CORRELATION_HEADER];
          // The id goes into every event the request causes: one shaped like a personal identity number is replaced.
          const sane =
            typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) && !containsPersonalIdentityNumber(given);
          const id = sane ? given : randomUUID();
          res.setHeader(CORRELATION_HEADER, id);
          return id;
        },
        customProps: (req: IncomingMessage & { id?: unknown }) => ({ correlationId: req.id }),
        // The URL's query string (a GET's query and variables) and the body are never logged.
        serializers: { req: requestLine },
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
          error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
      },
      pino.destination({ dest: 1, sync: true }),
    ],
  });
}

type RawRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

/**
 * What a request line says: method, path, and for GraphQL the operation's name and sizes. Query
 * text and variables can hold personal data (a name searched for), in the body as in a GET's URL.
 */
function requestLine(req: { id?: unknown; method?: string; url?: string; raw?: RawRequest }) {
  const raw = req.raw;
  const url = new URL(raw?.originalUrl ?? raw?.url ?? req.url ?? '/', 'http://local');
  const line: Record<string, unknown> = { id: req.id, method: req.method, url: url.pathname };
  if (url.pathname === '/graphql' && raw?.headers.upgrade === undefined) {
    const body = raw?.body;
    const sent =
      req.method === 'GET'
        ? Object.fromEntries(url.searchParams)
        : body && typeof body === 'object' && !Array.isArray(body)
          ? body
          : {};
    line.graphql = summariseOperation(sent as Record<string, unknown>);
  }
  return line;
}
