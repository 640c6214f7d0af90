import { Inject, Optional } from '@nestjs/common';
import { hostname } from 'node:os';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from './tokens';

/** How a command ended, as /metrics counts it. */
export type CommandOutcome = 'landed' | 'refused' | 'conflict' | 'failed';

/**
 * What operators see at /metrics. Labels name commands, outcomes, rule codes, projections and the
 * replica: never a person, an id or a text someone typed.
 */
export class WorkspaceMetrics {
  readonly registry = new Registry();
  /** This replica's name in labels: REPLICA_NAME, else the host name (a container's id under compose). */
  readonly replica: string;

  readonly commands = new Counter({
    name: 'samverkan_commands_total',
    help: 'Commands handled, by command type and outcome (landed, refused with a rule code, conflict, failed)',
    labelNames: ['command', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  readonly commandSeconds = new Histogram({
    name: 'samverkan_command_duration_seconds',
    help: 'Time from a command arriving to its events being in the read models, by command type and outcome',
    labelNames: ['command', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly projectionLag = new Gauge({
    name: 'samverkan_projection_lag',
    help: 'Positions of the event store a projection has yet to apply, per projection and replica',
    labelNames: ['projection', 'replica'] as const,
    registers: [this.registry],
  });

  readonly storeErrors = new Counter({
    name: 'samverkan_event_store_errors_total',
    help: 'Event store operations that failed (unreachable, timed out)',
    registers: [this.registry],
  });

  readonly postgresErrors = new Counter({
    name: 'samverkan_postgres_errors_total',
    help: 'PostgreSQL queries or connections that failed',
    registers: [this.registry],
  });

  constructor(@Optional() @Inject(ENVIRONMENT) env?: Pick<Environment, 'REPLICA_NAME'>) {
    this.replica = env?.REPLICA_NAME || hostname();
    collectDefaultMetrics({ register: this.registry, prefix: 'samverkan_' });
  }

  /** Counts one command and its time; `code` is the rule a refusal broke, or the error's code. */
  command(command: string, outcome: CommandOutcome, seconds: number, code = ''): void {
    this.commands.inc({ command, outcome, code });
    this.commandSeconds.observe({ command, outcome }, seconds);
  }
}
