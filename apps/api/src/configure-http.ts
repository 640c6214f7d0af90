import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { urlencoded, type NextFunction, type Request, type Response } from 'express';
import { Environment } from '@samverkan/core';

/** HTTP settings every way of starting the API shares (main, the demo, the tests). */
export function configureHttp(app: INestApplication, env: Environment): void {
  // Bodies over the limit are refused with 413 before any parsing work.
  (app as NestExpressApplication).useBodyParser('json', { limit: env.MAX_BODY_BYTES });
  // The OAuth token endpoint takes a form body, as RFC 6749 has it; no other route does.
  app.use('/oauth/token', urlencoded({ extended: false, limit: env.MAX_BODY_BYTES }));
  // Before every route's middleware: a preflight carries no token. No origin is allowed unless listed.
  app.enableCors({
    origin: env.CORS_ORIGINS,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-correlation-id'],
    exposedHeaders: ['retry-after', 'x-correlation-id'],
    credentials: false,
    maxAge: 600,
  });
  app.use(unreadableJsonAsRefusal);
  // Express hashes every answer for a weak ETag; no GraphQL POST is ever answered 304, and the
  // hash of a 30 KB timeline page was work on every request (bench/README.md). Static files of
  // the web app keep theirs: serve-static sets its own.
  (app as NestExpressApplication).set('etag', false);
  app.enableShutdownHooks();
}

/**
 * Nest turns body-parser's SyntaxError into a BadRequestException, which the error filter cannot
 * tell from a route's own. Passed on as a plain refusal, bad JSON reaches the filter as the other
 * body refusals (413, 415) do, and is answered in the GraphQL shape.
 */
function unreadableJsonAsRefusal(err: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const parseFailed = err instanceof SyntaxError && (err as { type?: unknown }).type === 'entity.parse.failed';
  next(
    parseFailed
      ? Object.assign(new Error(`The body is not valid JSON: ${err.message}`), { status: 400, expose: true })
      : err,
  );
}
