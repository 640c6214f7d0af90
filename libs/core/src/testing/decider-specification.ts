import { Command, Decider, DomainEvent } from '../domain/decider';
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
        const run = () => {
          const state = foldLeavingEachStateAlone(decider, events);
          const before = copyOf(state);
          const decided = decider.decide(command, state);
          expectUnchanged(state, before, `decide(${command.type})`);
          return decided;
        };
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

/** One row of a table of refusals: what is refused, the facts, the command, and the rule's code and details. */
export type Refusal<C extends Command, E extends DomainEvent> = readonly [
  what: string,
  given: E[],
  command: C,
  code: string,
  details: Record<string, unknown>,
];

/**
 * A test per row: the command is refused with the row's code, and its details name what the row
 * says (with `named`, what every row of the table concerns, e.g. the entity's id).
 */
export function itRefusesEach<C extends Command, E extends DomainEvent, S>(
  spec: ReturnType<typeof deciderSpecification<C, E, S>>,
  refusals: readonly Refusal<C, E>[],
  named: Record<string, unknown> = {},
): void {
  it.each(refusals.map((row) => [...row]))('refuses %s', (_what, given, command, code, details) => {
    spec
      .given(given)
      .when(command)
      .thenThrows(code, { details: { ...named, ...details } });
  });
}

/**
 * The pipeline keeps each stream's folded state between commands (FoldedStreams), so neither
 * `evolve` nor `decide` may change a state it was given: every spec checks that they leave it as
 * it was, with Maps, Sets and Dates compared by content.
 */
function foldLeavingEachStateAlone<E extends DomainEvent, S>(decider: Decider<never, E, S>, events: readonly E[]): S {
  return events.reduce((state, event) => {
    const before = copyOf(state);
    const next = decider.evolve(state, event);
    expectUnchanged(state, before, `evolve(${event.type})`);
    return next;
  }, decider.initialState());
}

/** A deep copy made in the test's own realm (structuredClone's Maps would not equal the test's). */
function copyOf<T>(value: T): T {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copyOf(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(copyOf)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  }
  return value;
}

function expectUnchanged<S>(state: S, before: S, by: string): void {
  try {
    expect(state).toEqual(before);
  } catch (difference) {
    throw new Error(
      `${by} changed the state it was given; it must return a new one.\n${(difference as Error).message}`,
    );
  }
}
