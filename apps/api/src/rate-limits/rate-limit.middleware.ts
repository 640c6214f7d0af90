import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthenticatedRequest } from '@samverkan/auth';
import { RateLimited, RateLimits } from './rate-limits';

/**
 * After the token is verified (AuthenticationMiddleware), before any GraphQL work: each person and
 * each service credential has its own budget of requests per window. A refusal is HTTP 429 with
 * Retry-After, and a GraphQL error whose `extensions` say `RATE_LIMITED` and when to retry.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(private readonly limits: RateLimits) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const verified = (req as AuthenticatedRequest).verified;
    // Unverified requests were answered 401 before this; nothing to count here.
    if (!verified) return next();
    const limited = await this.limits.consumeFor(verified);
    if (!limited) return next();
    refuseLimited(res, limited).json({ errors: [rateLimitedError(limited)] });
  }
}

export const limitedMessage = (limited: RateLimited) =>
  `Too many requests: at most ${limited.limit} per window. Retry after ${limited.retryAfterSeconds} s.`;

export const limitedDetails = (limited: RateLimited) => ({
  retryAfterSeconds: limited.retryAfterSeconds,
  retryAt: limited.retryAt.toISOString(),
  limit: limited.limit,
});

/** The GraphQL error of a refusal, over HTTP and the websocket alike. */
export const rateLimitedError = (limited: RateLimited) => ({
  message: limitedMessage(limited),
  extensions: { code: 'RATE_LIMITED', ...limitedDetails(limited) },
});

/** 429 with Retry-After (seconds), as RFC 9110 has it, for any route. */
export function refuseLimited(res: Response, limited: RateLimited): Response {
  return res.status(429).set('retry-after', String(limited.retryAfterSeconds));
}
