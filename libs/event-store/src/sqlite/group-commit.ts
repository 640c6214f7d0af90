/** How one append of a group ended: its result, or the error that refused it alone. */
export type GroupOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** What a group commit runs: the appends in one transaction, then anything awaited before answering. */
export interface GroupCommitSteps<I, O> {
  /** Writes the items in one transaction and commits it once; throws only when the whole group failed. */
  commit(items: I[]): GroupOutcome<O>[];
  /**
   * Awaited after the commit, before the group is visible to subscriptions or answered: benchmarks
   * model a slow disk with it. Its error is every caller's, as a failed commit's would be.
   */
  afterCommit?: () => Promise<void>;
  /** Called once per committed group, before its callers are answered (to wake subscriptions). */
  committed?(outcomes: GroupOutcome<O>[]): void;
}

/**
 * Group commit: appends that arrive while the previous group is being committed, or in the same
 * turn of the event loop, share one transaction and one durable commit, so ten commands in flight
 * pay one fsync instead of ten. Each append keeps its own outcome: one refused append fails alone.
 * Groups are committed one after another, in the order their appends arrived.
 */
export class GroupCommit<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly steps: GroupCommitSteps<I, O>) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.running ??= this.run();
    });
  }

  /** Resolves once every append submitted so far has been answered. */
  async drained(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    // Every append submitted in this turn of the event loop joins the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0);
      let outcomes: GroupOutcome<O>[];
      try {
        outcomes = this.steps.commit(group.map((waiting) => waiting.item));
        await this.steps.afterCommit?.();
        this.steps.committed?.(outcomes);
      } catch (error) {
        for (const waiting of group) waiting.reject(error);
        continue;
      }
      group.forEach((waiting, index) => {
        const outcome = outcomes[index];
        if (outcome.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    }
    this.running = null;
  }
}
