import { Command, DomainEvent } from '../domain/decider';

/**
 * One numeric, date or length rule seen from both sides: the last value the rule accepts, and the
 * first one past it that is refused with the rule's code. A limit tested only from outside passes
 * when the limit moves inwards; a limit tested only from inside passes when it moves outwards.
 */
export interface Edge<C extends Command, E extends DomainEvent> {
  rule: string;
  given?: E[];
  /** Where the edge is a count of earlier facts (seats taken), the facts just past it; else `given`. */
  givenPast?: E[];
  accepted: C;
  then: E[];
  refused: C;
  code: string;
}

interface Specification<C, E> {
  given(events: E[]): { when(command: C): { then(expected: E[]): void; thenThrows(code: string): void } };
}

/** A describe per rule, with a test for each side of the edge. */
export function describeEdges<C extends Command, E extends DomainEvent>(
  spec: Specification<C, E>,
  edges: Edge<C, E>[],
): void {
  describe.each(edges.map((edge) => [edge.rule, edge] as const))(
    '%s',
    (_rule, { given = [], givenPast = given, accepted, then, refused, code }) => {
      it('accepts the edge', () => {
        spec.given(given).when(accepted).then(then);
      });

      it(`refuses just past it with ${code}`, () => {
        spec.given(givenPast).when(refused).thenThrows(code);
      });
    },
  );
}

/** Text of exactly `length` characters, with a letter that is not trimmed away. */
export function textOf(length: number): string {
  return 'a'.repeat(length);
}

/** The command or event without `field` in its data, as a client that never sent the field leaves it. */
export function without<T extends { data: object }>(message: T, field: string): T {
  const data: Record<string, unknown> = { ...message.data };
  delete data[field];
  return { ...message, data } as T;
}

/** The command without its reason, as a client that never sent one leaves it. */
export function withoutReason<C extends object>(command: C): C {
  const { reason: _left, ...rest } = command as C & { reason?: string };
  return rest as C;
}
