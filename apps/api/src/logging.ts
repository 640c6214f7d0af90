import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Environment } from '@samverkan/core';
import { containsPersonalIdentityNumber } from '@samverkan/core/domain';

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
          const sane = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) && !containsPersonalIdentityNumber(given);
          const id = sane ? given : randomUUID();
          res.setHeader(CORRELATION_HEADER, id);
          return id;
        },
        customProps: (req: IncomingMessage & { id?: unknown }) => ({ correlationId: req.id }),
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
      },
      pino.destination({ dest: 1, sync: true }),
    ],
  });
}
