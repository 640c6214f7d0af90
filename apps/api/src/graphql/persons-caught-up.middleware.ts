import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PersonDirectory } from '@samverkan/core';

/**
 * Before a GraphQL request reads any name, this replica has seen every change to the person
 * directory that another replica committed before the request came: an erasure answered there is
 * never followed by the name here. Nothing to wait for with the embedded directory.
 */
@Injectable()
export class PersonsCaughtUpMiddleware implements NestMiddleware {
  constructor(private readonly persons: PersonDirectory) {}

  async use(_req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      await this.persons.caughtUp();
    } catch {
      // Answering from a copy that may still hold an erased name is worse than not answering.
      res.status(503).json({
        errors: [
          {
            message: 'The person directory (PostgreSQL) is unreachable; nothing was done. Retry shortly.',
            extensions: { code: 'STORE_UNAVAILABLE', retryable: true },
          },
        ],
      });
      return;
    }
    next();
  }
}
