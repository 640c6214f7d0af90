import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { TokenService } from '@samverkan/auth';
import { UnauthenticatedError } from '@samverkan/core';

/**
 * No GraphQL over HTTP without a verified bearer token, in every mode: introspection, `__typename`
 * and documents that fail validation included, which no resolver's guard would see. The guard
 * still checks each operation's roles; the websocket asks for the token when it opens.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly tokens: TokenService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    try {
      if (!match) throw new UnauthenticatedError();
      await this.tokens.verify(match[1]);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) return next(error);
      res.status(401).set('www-authenticate', 'Bearer').json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    next();
  }
}
