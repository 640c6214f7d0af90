import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventStore } from '@samverkan/event-store';
import { EVENT_STORE, ProjectionRunner } from '@samverkan/core';

/** The store answers, and how far the read models are behind it. */
@Injectable()
export class StoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly health: HealthIndicatorService,
  ) {}

  async checkStore() {
    const indicator = this.health.check('store');
    try {
      const head = await this.store.headPosition();
      return indicator.up({ head: head?.toString() ?? null });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async checkProjections() {
    const indicator = this.health.check('projections');
    const position = this.runner.position;
    let head: bigint | null;
    try {
      head = await this.store.headPosition();
    } catch {
      // The store check says why; the read models still answer from where they are.
      return indicator.down({
        position: position?.toString() ?? null,
        head: null,
        message: 'store unreachable: lag unknown',
      });
    }
    const lag = head === null ? 0n : head - (position ?? 0n);
    const details = { position: position?.toString() ?? null, head: head?.toString() ?? null, lag: lag.toString() };
    return this.runner.error ? indicator.down({ ...details, error: this.runner.error.message }) : indicator.up(details);
  }
}
