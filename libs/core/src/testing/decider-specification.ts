import { Command, Decider, DomainEvent, fold } from '../domain/decider';
import { expectRejection, ExpectedRejection } from './error-matcher';

export { expectRejection } from './error-matcher';
export type { ExpectedRejection } from './error-matcher';

/**
 * given(events).when(command).then(events) | .thenNothingHappened() | .thenThrows(code, expected?),
 * after emmett's DeciderSpecification: a test names the facts, the command, and the outcome, nothing else.
 */
export function deciderSpecification<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      const when = (command: C) => {
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
      };
      return {
        when,
        /**
         * The same history met by several commands from one builder, as a test of a rule's cases
         * has it: `whenEach(build)(...args)` is `when(build(...args))`, so each case is one line that
         * names only what differs and its outcome.
         */
        whenEach<A extends unknown[]>(build: (...args: A) => C) {
          return (...args: A) => when(build(...args));
        },
      };
    },
  };
}
