import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult } from '@nestjs/terminus';
import { StoreHealthIndicator } from './store.health';

/**
 * `live`: the process answers (a supervisor restarts it when not). `ready`: it may take traffic:
 * the store and PostgreSQL answer and its read models have caught up with the store, so a load
 * balancer sends no reads it would answer stale. `/health` is the full report, as before.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly store: StoreHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.storeAnd(() => this.store.checkProjections());
  }

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.storeAnd(() => this.store.checkCaughtUp());
  }

  /** The store, then how its read models stand, then PostgreSQL where there is one. */
  private storeAnd(readModels: () => Promise<HealthIndicatorResult>) {
    return this.health.check([() => this.store.checkStore(), readModels, ...this.store.postgresChecks()]);
  }
}
