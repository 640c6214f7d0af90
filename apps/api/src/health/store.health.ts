import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventStore } from '@samverkan/event-store';
import { EVENT_STORE, POSTGRES, PostgresDatabase, ProjectionRunner } from '@samverkan/core';

/**
 * How long readiness waits for the read models to reach the store's head. A replica taking
 * writes trails the head by milliseconds; one still replaying the store does not get there.
 */
const CATCH_UP_GRACE_MS = 1000;

/** The store answers, how far the read models are behind it, and PostgreSQL where configured. */
@Injectable()
export class StoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(POSTGRES) private readonly postgres: PostgresDatabase | null,
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
    const head = await this.headOrNull();
    if (head === undefined) {
      // The store check says why; the read models still answer from where they are.
      return indicator.down({ ...this.lag(null, false), message: 'store unreachable: lag unknown' });
    }
    const details = this.lag(head);
    return this.runner.error ? indicator.down({ ...details, error: this.runner.error.message }) : indicator.up(details);
  }

  /** Up only once every projection has applied the store's head (waiting a moment for it). */
  async checkCaughtUp() {
    const indicator = this.health.check('projections');
    const head = await this.headOrNull();
    if (head === undefined)
      return indicator.down({ ...this.lag(null, false), message: 'store unreachable: lag unknown' });
    if (this.runner.error) return indicator.down({ ...this.lag(head), error: this.runner.error.message });
    try {
      await this.runner.waitFor(head, CATCH_UP_GRACE_MS);
      return indicator.up(this.lag(head));
    } catch {
      return indicator.down({ ...this.lag(head), message: 'read models are catching up with the store' });
    }
  }

  /** PostgreSQL answers; no check at all without DATABASE_URL, so the embedded report stays as it was. */
  postgresChecks() {
    const postgres = this.postgres;
    if (!postgres) return [];
    return [
      async () => {
        const indicator = this.health.check('postgres');
        try {
          await postgres.query('SELECT 1');
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ];
  }

  /** The head, or undefined when the store does not answer. */
  private async headOrNull(): Promise<bigint | null | undefined> {
    try {
      return await this.store.headPosition();
    } catch {
      return undefined;
    }
  }

  /** Where the read models are; with the lag when the head is known (an empty store: none). */
  private lag(head: bigint | null, known = true) {
    const position = this.runner.position;
    const lag = head === null ? 0n : head - (position ?? 0n);
    return {
      position: position?.toString() ?? null,
      head: head?.toString() ?? null,
      ...(known ? { lag: lag.toString() } : {}),
    };
  }
}
