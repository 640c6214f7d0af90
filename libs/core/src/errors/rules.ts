import { DomainRuleViolation } from './domain-errors';

declare const listed: unique symbol;

/**
 * A rule code taken from a module's list: the only kind `DomainRuleViolation` accepts, so a bare
 * string literal does not compile. Only `defineRules` makes one; a cast elsewhere is refused by
 * test/rule-codes.spec.ts.
 */
export type RuleCode<C extends string = string> = C & { readonly [listed]: true };

/** One module's rule codes, each with its meaning in English; docs/ERRORS.md is generated from them. */
export interface RuleList<C extends string = string> {
  readonly module: string;
  readonly meanings: Readonly<Record<C, string>>;
  /** Entities whose unknown id gives `<ENTITY>_NOT_FOUND` (NotFoundError), with what the entity is. */
  readonly notFound: Readonly<Record<string, string>>;
  /** The code as listed, for a shared rule that throws the code it is given (`notBefore`, `requiredText`). */
  code<K extends C>(code: K): RuleCode<K>;
  violation(code: C, message: string, details?: Record<string, unknown>): DomainRuleViolation;
}

/** The typed list of a module's rule codes: `violation` and `code` accept nothing else. */
export function defineRules<C extends string>(
  module: string,
  meanings: Record<C, string>,
  notFound: Record<string, string> = {},
): RuleList<C> {
  const code = <K extends C>(value: K) => value as RuleCode<K>;
  return {
    module,
    meanings: Object.freeze({ ...meanings }),
    notFound: Object.freeze({ ...notFound }),
    code,
    violation: (value, message, details) => new DomainRuleViolation(code(value), message, details),
  };
}

/** The codes of a list, for a module's own helper that throws the code its caller names. */
export type CodeOf<L> = L extends RuleList<infer C> ? C : never;
