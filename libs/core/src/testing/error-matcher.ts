import { ForbiddenError } from '../errors/access-errors';
import { ConcurrencyConflict, DomainRuleViolation, NotFoundError } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';

/** More than the code: the input field named, or details the refusal carries (a conflict's expected and actual revision). */
export interface ExpectedError {
  field?: string;
  details?: Record<string, unknown>;
}

/**
 * The code a refusal is known by: a rule's or a missing entity's own code, or the kind of the
 * error for the rest (as the GraphQL layer names them: BAD_USER_INPUT, FORBIDDEN, CONFLICT).
 */
export function codeOf(error: unknown): string | undefined {
  if (error instanceof DomainRuleViolation || error instanceof NotFoundError) return error.code;
  if (error instanceof InputValidationError) return 'BAD_USER_INPUT';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof ConcurrencyConflict) return 'CONFLICT';
  return undefined;
}

/** Checks a refusal's code and, when asked, the field it names or the details it carries. */
export function expectError(error: unknown, code: string, expected: ExpectedError = {}): void {
  if (error === undefined) throw new Error(`expected ${code}, but the request succeeded`);
  const actual = codeOf(error);
  if (actual === undefined) throw error;
  expect(actual).toBe(code);
  if (expected.field !== undefined) {
    expect(error instanceof InputValidationError ? error.fields.map((f) => f.field) : []).toContain(expected.field);
  }
  if (expected.details !== undefined) {
    expect(detailsOf(error)).toMatchObject(expected.details);
  }
}

function detailsOf(error: unknown): Record<string, unknown> {
  if (error instanceof DomainRuleViolation) return error.details;
  if (error instanceof ConcurrencyConflict) return { expected: error.expected, actual: error.actual };
  return {};
}
