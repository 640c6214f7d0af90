import type { ProjectedEvent } from '../projections/projection';

/**
 * Reacts to stored events by sending commands (a process manager, or policy). It is driven by
 * its own durable subscription: at-least-once delivery, so `handle` must be idempotent — send
 * commands whose commandId derives from the event id, and the pipeline replays instead of
 * appending twice.
 */
export interface ProcessManager {
  name: string;
  /** Stream categories it reacts to. */
  categories: string[];
  handle(event: ProjectedEvent): Promise<void>;
}
