import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Environment } from '@samverkan/core';

/** HTTP settings every way of starting the API shares (main, the demo, the tests). */
export function configureHttp(app: INestApplication, env: Environment): void {
  // Bodies over the limit are refused with 413 before any parsing work.
  (app as NestExpressApplication).useBodyParser('json', { limit: env.MAX_BODY_BYTES });
  app.enableShutdownHooks();
}
