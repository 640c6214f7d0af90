import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CommandPipeline,
  DomainRuleViolation,
  ENVIRONMENT,
  Environment,
  EVENT_STORE,
  eventIdFor,
  ProjectionRunner,
  ReadModelDb,
  SYSTEM_ACTOR,
} from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { stockholmDate } from '@samverkan/core/domain';
import { ObligationView } from '../read-model/obligations';
import { obligationEndpoint, ObligationRequest } from './obligation.endpoint';
import { openObligations } from '../read-model/oversight.queries';

/**
 * Records, once, that an open obligation went past its due date: at start and then every
 * OVERDUE_CHECK_INTERVAL_MS. The command id derives from the obligation id, so a restart, a
 * second replica or a slow tick replays instead of appending again; the decider adds nothing for
 * an obligation already marked.
 */
@Injectable()
export class OverdueWatcher {
  private readonly logger = new Logger('OverdueWatcher');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> = Promise.resolve(0);
  private stopping = false;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly runner: ProjectionRunner,
    private readonly readModels: ReadModelDb,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  start(): void {
    this.stopping = false;
    void this.checkNow().catch(() => undefined);
    this.timer = setInterval(() => void this.checkNow().catch(() => undefined), this.env.OVERDUE_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  /** Stops the ticks and waits for a check under way (before the pipeline drains at shutdown). */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running.catch(() => undefined);
  }

  /** One check, after any check under way; resolves with how many obligations it marked. */
  checkNow(): Promise<number> {
    const next = this.running.catch(() => 0).then(() => this.check());
    this.running = next;
    return next;
  }

  private async check(): Promise<number> {
    if (this.stopping) return 0;
    try {
      // The read models first catch up with the store, so nothing stored is judged on stale rows.
      await this.runner.waitFor(await this.store.headPosition(), this.env.PROJECTION_WAIT_TIMEOUT_MS);
      const today = stockholmDate(new Date());
      const due = openObligations(
        this.readModels.db,
        { tipOutcomeDueDays: this.env.TIP_OUTCOME_DUE_DAYS },
        today,
      ).filter((o) => o.overdue && o.mark === null);
      let marked = 0;
      for (const obligation of due) {
        if (this.stopping) break;
        try {
          if (await this.mark(obligation)) marked++;
        } catch (error) {
          // A refusal cannot change on a retry; one odd obligation must not hold back the others.
          if (!(error instanceof DomainRuleViolation)) throw error;
          this.logger.error({
            msg: 'overdue mark refused; obligation passed',
            obligationId: obligation.obligationId,
            err: error,
          });
        }
      }
      if (marked > 0) this.logger.log({ msg: 'obligations overdue', marked });
      return marked;
    } catch (error) {
      this.logger.warn({ msg: 'overdue check failed; the next tick tries again', err: error });
      throw error;
    }
  }

  private async mark(o: ObligationView): Promise<boolean> {
    const commandId = eventIdFor(`oversight.overdue:${o.obligationId}`, 0);
    const request: ObligationRequest = {
      type: 'MarkObligationOverdue',
      data: {
        obligationId: o.obligationId,
        module: o.module,
        kind: o.kind,
        dueOn: o.dueOn,
        owner: o.owner,
        sourceStream: o.sourceStream,
      },
    };
    const sent = await this.pipeline.send(
      obligationEndpoint,
      request,
      { actor: SYSTEM_ACTOR, correlationId: commandId, forums: [] },
      { commandId },
    );
    return !sent.replayed && sent.events.length > 0;
  }
}
