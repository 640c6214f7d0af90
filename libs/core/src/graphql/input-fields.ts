import { Field, FieldOptions } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Property decorators applied as if written in this order above the property: the last first. */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => [...decorators].reverse().forEach((decorate) => decorate(target, key));
}

/** A day written YYYY-MM-DD, the shape every input's dates take (IsCalendarDate also refuses 2025-02-30). */
export const IsYearMonthDay = (): PropertyDecorator =>
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date, YYYY-MM-DD' });

/** Text that is not empty and at most `max` characters long. */
export const IsText = (max: number): PropertyDecorator => stacked(IsString(), MinLength(1), MaxLength(max));

/** A nested input, validated as an instance of its class. */
export const IsNested = (type: () => new () => object): PropertyDecorator => stacked(ValidateNested(), Type(type));

/** A list of at most `max` nested inputs, each validated as an instance of its class. */
export const IsListOf = (type: () => new () => object, max: number): PropertyDecorator =>
  stacked(ArrayMaxSize(max), ValidateNested({ each: true }), Type(type));

/** A field holding one nested input of a class: its GraphQL type and its check from the one class named once. */
export const NestedField = (type: () => new () => object, options: FieldOptions = {}): PropertyDecorator =>
  stacked(
    Field(() => type(), options),
    IsNested(type),
  );

/**
 * A list field of at most `max` nested inputs of one class: its GraphQL type and its check come from
 * the one class named once, so the two cannot drift apart.
 */
export const ListField = (
  type: () => new () => object,
  max: number,
  options: Omit<FieldOptions, 'nullable'> = {},
): PropertyDecorator =>
  stacked(
    Field(() => [type()], options),
    IsListOf(type, max),
  );

/** A list field as `ListField` that also refuses an empty list: at least one item, at most `max`. */
export const NonEmptyListField = (
  type: () => new () => object,
  max: number,
  options: Omit<FieldOptions, 'nullable'> = {},
): PropertyDecorator => stacked(ListField(type, max, options), ArrayMinSize(1));

/** An optional day (YYYY-MM-DD), the shape of every "when, if not today" an input takes. */
export const OptionalDayField = (description?: string): PropertyDecorator =>
  stacked(
    Field({ nullable: true, ...(description === undefined ? {} : { description }) }),
    IsOptional(),
    IsYearMonthDay(),
  );

/** Optional text of at most `max` characters (empty allowed): a filter's or a note's "if any". */
export const OptionalStringField = (max: number, description?: string): PropertyDecorator =>
  stacked(
    Field({ nullable: true, ...(description === undefined ? {} : { description }) }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

/** The reason a decision gives, told once for every input that carries one: text of at most 2000 characters. */
export const ReasonField = (description?: string): PropertyDecorator =>
  stacked(description === undefined ? Field() : Field({ description }), IsText(2000));

/**
 * An optional input field that takes one of a GraphQL enum's `values` (all of them unless named): the
 * field and its check, in one declaration.
 */
export const OptionalEnumField = (
  enumType: object,
  values: readonly unknown[] = Object.values(enumType),
  options: Omit<FieldOptions, 'nullable'> = {},
): PropertyDecorator =>
  stacked(
    Field(() => enumType, { ...options, nullable: true }),
    IsOptional(),
    IsIn([...values]),
  );

/** The named fields of an input as they are: the data of a request that takes them unchanged. */
export function fieldsOf<I extends object, K extends keyof I>(input: I, ...keys: K[]): Pick<I, K> {
  return Object.fromEntries(keys.map((key) => [key, input[key]])) as Pick<I, K>;
}

/** A request of `type` whose data is the named fields of its input, as they are. */
export function requestOf<T extends string, I extends object, K extends keyof I>(type: T, input: I, ...keys: K[]) {
  return { type, data: fieldsOf(input, ...keys) };
}

/** A decision of `type` on the named fields of its input, with the reason the input gives for it. */
export function decisionOf<T extends string, I extends { reason?: string }, K extends keyof I>(
  type: T,
  input: I,
  ...keys: K[]
) {
  return { type, data: fieldsOf(input, ...keys), reason: input.reason as I['reason'] };
}

/**
 * How a mutation declared as a row of a table maps its input to a request: the input's class (GraphQL
 * and the validation pipe read it, as they read a written method's parameter type) and the mapping.
 */
export interface InputMapping<I, R> {
  readonly input: new () => I;
  toRequest(input: I): R;
}

/** The mapping of an input to a request of `type` whose data is named fields of the input (`requestFrom`). */
export interface FieldsMapping<I, T extends string, K extends keyof I> extends InputMapping<
  I,
  { type: T; data: Pick<I, K> }
> {
  /** The same request, whose data also holds the optional fields named `given` that the input gives (`givenFieldsOf`). */
  withGiven<G extends keyof I>(...given: G[]): InputMapping<I, { type: T; data: Pick<I, K> & Partial<Pick<I, G>> }>;
}

/** The mapping to the request of `type` whose data is the named fields of an input of class `input`, as they are. */
export function requestFrom<T extends string, I extends object, K extends keyof I>(
  input: new () => I,
  type: T,
  ...keys: K[]
): FieldsMapping<I, T, K> {
  return {
    input,
    toRequest: (given) => requestOf(type, given, ...keys),
    withGiven: (...optional) => ({
      input,
      toRequest: (given) => ({ type, data: { ...fieldsOf(given, ...keys), ...givenFieldsOf(given, ...optional) } }),
    }),
  };
}

/** The mapping to the decision of `type` on the named fields of an input of class `input`, with its reason. */
export function decisionFrom<T extends string, I extends { reason?: string }, K extends keyof I>(
  input: new () => I,
  type: T,
  ...keys: K[]
): InputMapping<I, ReturnType<typeof decisionOf<T, I, K>>> {
  return { input, toRequest: (given) => decisionOf(type, given, ...keys) };
}

/**
 * The named optional fields an input gives: one left out, null or empty is not sent at all, so the
 * request (and the event after it) holds no empty note, reason or reference.
 */
export function givenFieldsOf<I extends object, K extends keyof I>(input: I, ...keys: K[]): Partial<Pick<I, K>> {
  const given = keys.filter((key) => input[key] !== undefined && input[key] !== null && input[key] !== '');
  return fieldsOf(input, ...given);
}
