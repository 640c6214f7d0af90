import { Type } from '@nestjs/common';
import { Args, Mutation, Resolver, ReturnTypeFunc } from '@nestjs/graphql';
import { CommandInput, entityOfPayload, InputMapping, Sender } from '@samverkan/core';
import { CommandSender, Roles } from './decorators';
import { Role } from './roles';

type SendsVia<K extends string, R, I> = Record<K, (request: R, sender: Sender, input: I) => Promise<unknown>>;

/** What a mutation states itself where its resolver's (`@CommandResolver`) does not hold for it. */
export interface CommandMutationOptions<K extends string> {
  description?: string;
  /** The payload, when it answers with another than its resolver's. */
  payload?: ReturnTypeFunc;
  /** The roles it admits, when they are not its resolver's. */
  roles?: readonly Role[];
  /** The resolver's method that sends the request and builds the payload (default `send`). */
  via?: K;
}

type Marked = Pick<CommandMutationOptions<string>, 'description' | 'payload' | 'roles'> & { key: string };

/** The command mutations of a class, marked by their decorators, which its @CommandResolver declares. */
const MARKED = Symbol('command mutations');

const markedOn = (prototype: object): Marked[] => Reflect.getOwnMetadata(MARKED, prototype) ?? [];

/** Classes with `@CommandMutation` methods, and those a `@CommandResolver` declared. */
const withCommandMutations = new Set<object>();
const declared = new WeakSet<object>();

/**
 * Classes whose `@CommandMutation` methods no `@CommandResolver` declares: Nest would leave those
 * mutations out of the schema without a word. The role-matrix test asks this of the whole app.
 */
export function commandMutationsWithoutResolver(): string[] {
  return [...withCommandMutations].filter((type) => !declared.has(type)).map((type) => (type as { name: string }).name);
}

/**
 * What a command resolver is, said once: the payload its mutations answer with and the roles they
 * admit. Its `@CommandMutation` methods take both unless they name their own. The roles go on those
 * methods only, never on the class, so the resolver's queries and fields keep the readers they
 * declare. Its GraphQL type (the parent of its fields) is the entity of the payload where
 * CommandPayloadType made it, so the entity is named once, in the payload.
 */
export function CommandResolver(payload: ReturnTypeFunc, roles: readonly Role[]): ClassDecorator {
  return (resolver) => {
    declared.add(resolver);
    const entity = entityOfPayload(payload() as Type<unknown>);
    (entity ? Resolver(() => entity) : Resolver())(resolver);
    // Method decorators run before the class's: every mutation of the class is marked by now.
    for (const { key, description, ...own } of markedOn(resolver.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(resolver.prototype, key)!;
      Mutation(own.payload ?? payload, description === undefined ? undefined : { description })(
        resolver.prototype,
        key,
        descriptor,
      );
      Roles(...(own.roles ?? roles))(resolver.prototype, key, descriptor);
    }
  };
}

/**
 * A mutation of a `@CommandResolver` that sends one request. The method written under it only maps
 * its input to the request, which is all a resolver may do (docs/ARCHITECTURE.md); this decorator
 * takes the `input` argument and the sender, and hands the request with both to the resolver's
 * sending method, whose payload the mutation returns. It is given its description, or options
 * naming what differs from its resolver.
 */
export function CommandMutation<K extends string = 'send'>(
  descriptionOrOptions: string | CommandMutationOptions<K> = {},
) {
  const options =
    typeof descriptionOrOptions === 'string' ? { description: descriptionOrOptions } : descriptionOrOptions;
  const { description, payload, roles, via = 'send' as K } = options;
  return <R, I extends CommandInput>(
    target: SendsVia<NoInfer<K>, R, I>,
    key: string,
    descriptor: TypedPropertyDescriptor<(input: I) => R>,
  ): void => {
    const toRequest = descriptor.value as (input: I) => R;
    // Nest calls the handler with the arguments declared below: the input, then the sender.
    const handler = function (this: SendsVia<K, R, I>, input: I, sender: Sender) {
      return this[via](toRequest.call(this, input), sender, input);
    };
    descriptor.value = handler as unknown as (input: I) => R;
    Args('input')(target, key, 0);
    CommandSender()(target, key, 1);
    Reflect.defineMetadata(MARKED, [...markedOn(target), { key, description, payload, roles }], target);
    withCommandMutations.add(target.constructor);
  };
}

/** A row of `@MappedMutations`: what the mutation states (as `@CommandMutation`'s options) and how its input maps. */
export interface MappedMutation<R> extends Omit<CommandMutationOptions<'send'>, 'via'> {
  request: InputMapping<object, R>;
}

/**
 * The mutations of a resolver whose method would only copy named fields of the input into the request
 * (`requestFrom`) or into a decision with the input's reason (`decisionFrom`), declared as one table:
 * each key becomes a method of the class, as if written under `@CommandMutation` with the row's
 * options, and sends its request of `R` through the resolver's `send`. Written below the class's
 * `@CommandResolver`, which declares them (class decorators run from the bottom up).
 */
export function MappedMutations<R = never>(rows: Record<string, MappedMutation<NoInfer<R>>>): ClassDecorator {
  return (resolver) => {
    for (const [key, { request, ...options }] of Object.entries(rows)) {
      const { input, toRequest } = request as unknown as InputMapping<CommandInput, R>;
      const descriptor: TypedPropertyDescriptor<(given: CommandInput) => R> = {
        value: (given) => toRequest(given),
        writable: true,
        configurable: true,
      };
      // What TypeScript records of a written method's parameter: Args and the validation pipe read the input's class.
      Reflect.defineMetadata('design:paramtypes', [input], resolver.prototype, key);
      const target = resolver.prototype as SendsVia<'send', R, CommandInput>;
      CommandMutation(options)(target, key, descriptor);
      Object.defineProperty(resolver.prototype, key, descriptor);
    }
  };
}
