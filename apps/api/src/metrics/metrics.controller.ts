import { Controller, Get, Header, Inject } from '@nestjs/common';
import type { EventStore } from '@samverkan/event-store';
import { EVENT_STORE, ProjectionRunner, WorkspaceMetrics } from '@samverkan/core';

/**
 * Prometheus' text format for operators: commands by type, outcome and latency, projection lag per
 * projection and replica, store and PostgreSQL errors, and the process's own figures. Unauthenticated
 * like /health: it names no person, and the compose files keep it on the internal network.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: WorkspaceMetrics,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    await this.measureLag();
    return this.metrics.registry.metrics();
  }

  /** The lag at the moment of the scrape: how far each projection trails the store's head. */
  private async measureLag(): Promise<void> {
    let head: bigint | null;
    try {
      head = await this.store.headPosition();
    } catch {
      this.metrics.storeErrors.inc();
      return;
    }
    this.metrics.projectionLag.reset();
    for (const [projection, checkpoint] of this.runner.checkpointsByProjection) {
      const lag = head === null ? 0n : head - (checkpoint ?? 0n);
      this.metrics.projectionLag.set({ projection, replica: this.metrics.replica }, Number(lag > 0n ? lag : 0n));
    }
  }
}
