import { Command, Decider, DomainEvent, fold } from '../domain/decider';
import { DomainRuleViolation, NotFoundError } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';

/** What a rejection must carry besides its code; details are matched as a subset (`toMatchObject`). */
export interface ExpectedRejection {
  /** The offending field: `details.field` of a rule violation, one of the fields of an input error. */
  field?: string;
  details?: Record<string, unknown>;
}

/** `extensions.code` of an input error, so one matcher serves deciders and command endpoints alike. */
const INPUT_CODE = 'BAD_USER_INPUT';

/**
 * Fails unless `error` is a typed rejection with `code` and what `expected` names. An untyped error
 * is rethrown as is, so a bug shows its own stack rather than a code mismatch.
 */
export function expectRejection(error: unknown, code: string, expected: ExpectedRejection = {}): void {
  if (error === undefined) throw new Error(`expected ${code}, but the command succeeded`);
  if (error instanceof InputValidationError) {
    expect(INPUT_CODE).toBe(code);
    if (expected.field !== undefined) expect(error.fields.map((f) => f.field)).toContain(expected.field);
    if (expected.details !== undefined) throw new Error('an input error carries fields, not details');
    return;
  }
  if (!(error instanceof DomainRuleViolation || error instanceof NotFoundError)) throw error;
  expect(error.code).toBe(code);
  const details = error instanceof DomainRuleViolation ? error.details : { entity: error.entity, id: error.id };
  if (expected.field !== undefined) expect(details).toMatchObject({ field: expected.field });
  if (expected.details !== undefined) expect(details).toMatchObject(expected.details);
}

/**
 * given(events).when(command).then(events) | .thenNothingHappened() | .thenThrows(code, expected?),
 * after emmett's DeciderSpecification: a test names the facts, the command, and the outcome, nothing else.
 */
export function deciderSpecification<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, fold(decider, events));
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            /** The command is accepted and changes nothing: an idempotent repeat, for instance. */
            thenNothingHappened() {
              expect(run()).toEqual([]);
            },
            thenThrows(code: string, expected?: ExpectedRejection) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error ?? new Error('a falsy value was thrown');
              }
              expectRejection(caught, code, expected);
            },
          };
        },
      };
    },
  };
}
