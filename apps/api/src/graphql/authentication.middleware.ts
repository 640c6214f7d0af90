import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { AuthenticatedRequest, bearerToken, TokenService } from '@samverkan/auth';
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
    const token = bearerToken(req.headers.authorization);
    try {
      if (!token) throw new UnauthenticatedError();
      // The resolvers' guard reads it from the request rather than verifying again.
      (req as AuthenticatedRequest).verified = await this.tokens.verify(token);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) return next(error);
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    next();
  }
}
