import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ENVIRONMENT, Environment, POSTGRES, PostgresDatabase } from '@samverkan/core';

/** Who a limit counts: a person (a token's subject), a service credential, or attempts at a client id's token. */
export type LimitedKind = 'person' | 'service' | 'token';

/** A refusal: how long until the next request would be taken. */
export interface RateLimited {
  retryAfterSeconds: number;
  retryAt: Date;
  limit: number;
}

/** The table migration 2 creates (libs/core/src/postgres/migrations.ts), in rate-limiter-flexible's own shape. */
const TABLE = 'rate_limits';

/**
 * The request limits, with rate-limiter-flexible: in PostgreSQL when DATABASE_URL is set, so that
 * a client's requests count the same whichever replica answers them; in this process's memory
 * otherwise. A PostgreSQL that fails falls back to memory (the library's insurance limiter) rather
 * than refusing everyone or no one.
 */
@Injectable()
export class RateLimits {
  private readonly logger = new Logger('RateLimits');
  private readonly limiters: Record<LimitedKind, RateLimiterAbstract>;

  constructor(
    @Inject(ENVIRONMENT) private readonly env: Environment,
    @Inject(POSTGRES) postgres: PostgresDatabase | null,
  ) {
    const points: Record<LimitedKind, number> = {
      person: env.RATE_LIMIT_PERSON_REQUESTS,
      service: env.RATE_LIMIT_SERVICE_REQUESTS,
      token: env.RATE_LIMIT_TOKEN_REQUESTS,
    };
    const limiter = (kind: LimitedKind): RateLimiterAbstract => {
      const options = { keyPrefix: kind, points: points[kind], duration: env.RATE_LIMIT_WINDOW_SECONDS };
      if (!postgres) return new RateLimiterMemory(options);
      return new RateLimiterPostgres({
        ...options,
        storeClient: postgres.pool,
        storeType: 'pool',
        tableName: TABLE,
        schemaName: env.DATABASE_SCHEMA,
        tableCreated: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.limiters = { person: limiter('person'), service: limiter('service'), token: limiter('token') };
  }

  /** Counts one request of a token's sender: a service credential's budget, else its person's. */
  consumeFor(verified: { serviceCredentialId?: string | null; actor: { id: string } }): Promise<RateLimited | null> {
    return verified.serviceCredentialId
      ? this.consume('service', verified.serviceCredentialId)
      : this.consume('person', verified.actor.id);
  }

  /** Counts one request; null when it is within the limit, else when to retry. */
  async consume(kind: LimitedKind, key: string): Promise<RateLimited | null> {
    const limiter = this.limiters[kind];
    try {
      await limiter.consume(key);
      return null;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        // Neither the store nor the insurance answered: let the request through, and say so.
        this.logger.error({ msg: 'rate limit not checked', kind, err: refusal });
        return null;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      this.logger.warn({ msg: 'rate limited', kind, retryAfterSeconds });
      return { retryAfterSeconds, retryAt: new Date(Date.now() + refusal.msBeforeNext), limit: limiter.points };
    }
  }
}
