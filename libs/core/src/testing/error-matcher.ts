import { ForbiddenError } from '../errors/access-errors';
import { ConcurrencyConflict, DomainRuleViolation, NotFoundError } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';

/** What a rejection must carry besides its code; details are matched as a subset (`toMatchObject`). */
export interface ExpectedRejection {
  /** The offending field: `details.field` of a rule violation, one of the fields of an input error. */
  field?: string;
  details?: Record<string, unknown>;
  /** Where the wording matters to the reader, e.g. an item counted from one. */
  message?: string | RegExp;
}

/** The codes of rejections that are not a rule's: the GraphQL error codes of their kind. */
export const REJECTION_KINDS = { input: 'BAD_USER_INPUT', forbidden: 'FORBIDDEN', conflict: 'CONFLICT' } as const;

/**
 * The code a rejection is known by: a rule's or a missing entity's own code, else the kind of error
 * as the GraphQL layer names it (BAD_USER_INPUT, FORBIDDEN, CONFLICT); undefined for an untyped error.
 */
function codeOf(error: unknown): string | undefined {
  if (error instanceof DomainRuleViolation || error instanceof NotFoundError) return error.code;
  if (error instanceof InputValidationError) return REJECTION_KINDS.input;
  if (error instanceof ForbiddenError) return REJECTION_KINDS.forbidden;
  if (error instanceof ConcurrencyConflict) return REJECTION_KINDS.conflict;
  return undefined;
}

/** What a rejection carries to match `details` and `field` against. */
function detailsOf(error: unknown): Record<string, unknown> {
  if (error instanceof DomainRuleViolation) return error.details;
  if (error instanceof NotFoundError) return { entity: error.entity, id: error.id };
  if (error instanceof ConcurrencyConflict) return { expected: error.expected, actual: error.actual };
  return {};
}

/**
 * Fails unless `error` is a typed rejection with `code` and what `expected` names; one matcher for
 * deciders and command endpoints alike. An untyped error is rethrown as is, so a bug shows its own
 * stack rather than a code mismatch.
 */
export function expectRejection(error: unknown, code: string, expected: ExpectedRejection = {}): void {
  if (error === undefined) throw new Error(`expected ${code}, but the command succeeded`);
  const actual = codeOf(error);
  if (actual === undefined) throw error;
  expect(actual).toBe(code);
  if (expected.message !== undefined) expect((error as Error).message).toMatch(expected.message);
  if (error instanceof InputValidationError) {
    if (expected.field !== undefined) expect(error.fields.map((f) => f.field)).toContain(expected.field);
    if (expected.details !== undefined) throw new Error('an input error carries fields, not details');
    return;
  }
  if (expected.field !== undefined) expect(detailsOf(error)).toMatchObject({ field: expected.field });
  if (expected.details !== undefined) expect(detailsOf(error)).toMatchObject(expected.details);
}
