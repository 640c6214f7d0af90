import type { RuleCode } from './rules';

/**
 * A domain rule was broken. `code` is stable: clients and tests match on it. It comes from a
 * module's list (`defineRules`), so every code a client can meet is in docs/ERRORS.md.
 */
export class DomainRuleViolation extends Error {
  readonly code: string;
  constructor(
    code: RuleCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.code = code;
    this.name = 'DomainRuleViolation';
  }
}

/** `Forum` → `FORUM_NOT_FOUND`: the code a NotFoundError for that entity carries. */
export function notFoundCode(entity: string): string {
  return `${entity.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_NOT_FOUND`;
}

/** The entity the command or query names does not exist. */
export class NotFoundError extends Error {
  /** e.g. PLAN_NOT_FOUND */
  readonly code: string;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
    this.code = notFoundCode(entity);
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
  constructor(
    readonly position: bigint,
    readonly timeoutMs: number,
  ) {
    super(
      `The command was stored (position ${position}) but the read models had not caught up ` +
        `within ${timeoutMs} ms; read again shortly`,
    );
    this.name = 'ProjectionTimeout';
  }
}
