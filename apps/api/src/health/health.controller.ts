import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction } from '@nestjs/terminus';
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

  /** The two differ only in how they judge the read models: running, or caught up. */
  private storeAnd(readModels: HealthIndicatorFunction) {
    return this.health.check([() => this.store.checkStore(), readModels, ...this.store.postgresChecks()]);
  }
}
