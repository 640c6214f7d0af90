import { AllSubscription, EventStore, Position } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { DomainRuleViolation, NotFoundError } from '../errors/domain-errors';
import { prepared } from '../read-model/prepared';
import { ReadModelDb } from '../read-model/read-model-db';
import { ProcessManager } from './process-manager';

interface Running {
  subscription: AllSubscription;
  loop: Promise<void>;
}

export interface ProcessManagerLog {
  failed(manager: string, position: Position, error: unknown, retryInMs: number): void;
  skipped(manager: string, position: Position, error: unknown): void;
}

const RETRY_FROM_MS = 100;
const RETRY_UP_TO_MS = 5_000;

/**
 * Runs each process manager on its own subscription to $all, from its own checkpoint, which it
 * saves after every handled event. A restart resumes where it left off; an event whose handling
 * failed for a passing reason (store unreachable) is retried with backoff before going on; one
 * refused by a domain rule is logged and passed, since retrying cannot change the answer.
 */
export class ProcessManagerRunner {
  private running = new Map<string, Running>();
  private stopping = false;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelDb,
    private readonly catalog: EventCatalog,
    readonly managers: ProcessManager[],
    private readonly log: ProcessManagerLog,
  ) {
    // Here, not in start: a checkpoint may be read or moved (handledUpTo) before the managers run.
    readModels.db.exec(`CREATE TABLE IF NOT EXISTS process_checkpoints (
      name TEXT PRIMARY KEY, position_space TEXT NOT NULL, position TEXT NOT NULL)`);
  }

  start(): void {
    this.stopping = false;
    for (const manager of this.managers) {
      if (this.running.has(manager.name)) continue;
      const from = this.checkpoint(manager);
      const subscription = this.store.subscribeToAll({
        fromPosition: from ?? 'start',
        filter: { streamPrefixes: manager.categories.map((category) => `${category}-`) },
      });
      this.running.set(manager.name, { subscription, loop: this.follow(manager, subscription) });
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const running = [...this.running.values()];
    this.running.clear();
    await Promise.all(running.map((r) => r.subscription.unsubscribe()));
    await Promise.all(running.map((r) => r.loop));
  }

  /**
   * Resolves once every manager has handled every event of its categories now in the store (for
   * the seed CLI, which must not close while a process manager still has work). Rejects after
   * `timeoutMs`.
   */
  async settle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let pending = false;
      for (const manager of this.managers) {
        const from = this.checkpoint(manager);
        const filter = { streamPrefixes: manager.categories.map((category) => `${category}-`) };
        const [next] = await this.store.readAll({ fromPosition: from ?? 'start', filter, maxCount: 1 });
        if (next !== undefined) pending = true;
      }
      if (!pending) return;
      if (Date.now() > deadline) throw new Error(`Process managers did not settle within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Where a manager stands (null: it has handled nothing yet). */
  checkpoint(manager: Pick<ProcessManager, 'name'>): Position | null {
    const row = prepared(
      this.readModels.db,
      'SELECT position_space, position FROM process_checkpoints WHERE name = ?',
    ).get(manager.name) as { position_space: string; position: string } | undefined;
    // A checkpoint from another store (after `migrate`) means nothing here: start over, safely,
    // because handling is idempotent.
    return row && row.position_space === this.store.positionSpace ? BigInt(row.position) : null;
  }

  private async follow(manager: ProcessManager, subscription: AllSubscription): Promise<void> {
    for await (const event of subscription) {
      // In its current shape, and saying so: a manager reading it through the catalog upcasts nothing twice.
      const projected = this.catalog.inCurrentShape(event);
      for (let attempt = 0; ; attempt++) {
        try {
          await manager.handle(projected);
          break;
        } catch (error) {
          if (error instanceof DomainRuleViolation || error instanceof NotFoundError) {
            this.log.skipped(manager.name, event.position, error);
            break;
          }
          if (this.stopping) return;
          const delay = Math.min(RETRY_FROM_MS * 2 ** attempt, RETRY_UP_TO_MS);
          this.log.failed(manager.name, event.position, error, delay);
          await new Promise((resolve) => setTimeout(resolve, delay));
          if (this.stopping) return;
        }
      }
      this.handledUpTo(manager, event.position);
    }
  }

  /**
   * Moves a manager's checkpoint: it has handled every event up to `position`. Besides `follow`, a
   * tool that writes a history together with what its managers would have sent (the benchmarks'
   * generator) says so, so a server started on it does not walk the history again.
   */
  handledUpTo(manager: Pick<ProcessManager, 'name'>, position: Position): void {
    prepared(
      this.readModels.db,
      `INSERT INTO process_checkpoints (name, position_space, position) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET position_space = excluded.position_space, position = excluded.position`,
    ).run(manager.name, this.store.positionSpace, position.toString());
  }
}
