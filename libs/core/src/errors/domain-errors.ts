/** A domain rule was broken. `code` is stable: clients and tests match on it. */
export class DomainRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainRuleViolation';
  }
}

/** The entity the command or query names does not exist. */
export class NotFoundError extends Error {
  /** e.g. PLAN_NOT_FOUND */
  readonly code: string;
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was not found`);
    this.code = `${entity.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_NOT_FOUND`;
    this.name = 'NotFoundError';
  }
}

/** The caller's expected revision is stale, or a concurrent writer won the race. */
export class ConcurrencyConflict extends Error {
  constructor(
    readonly stream: string,
    readonly expected: number | string,
    readonly actual: number | string,
  ) {
    super(`${stream} is at revision ${actual}, not the expected ${expected}; reload and try again`);
    this.name = 'ConcurrencyConflict';
  }
}

/** The write succeeded but the read models did not catch up in time. */
export class ProjectionTimeout extends Error {
  constructor(readonly position: bigint, readonly timeoutMs: number) {
    super(
      `The command was stored (position ${position}) but the read models had not caught up ` +
        `within ${timeoutMs} ms; read again shortly`,
    );
    this.name = 'ProjectionTimeout';
  }
}
