import { Command, Decider, DomainEvent, fold } from '../domain/decider';
import { DomainRuleViolation, NotFoundError } from '../errors/domain-errors';

/**
 * given(events).when(command).then(events) | .thenThrows(code), after emmett's
 * DeciderSpecification: a test names the facts, the command, and the outcome, nothing else.
 */
export function deciderSpecification<C extends Command, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
) {
  return {
    given(events: E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, fold(decider, events));
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(code: string) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              const typed = caught instanceof DomainRuleViolation || caught instanceof NotFoundError;
              if (!typed) throw caught ?? new Error(`expected ${code}, but the command succeeded`);
              expect((caught as DomainRuleViolation | NotFoundError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
