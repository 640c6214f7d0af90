import { Args, Mutation, ReturnTypeFunc } from '@nestjs/graphql';
import { CommandInput, Sender } from '@samverkan/core';
import { CommandSender, Roles } from './decorators';
import { Role } from './roles';

type SendsVia<K extends string, R, I> = Record<K, (request: R, sender: Sender, input: I) => Promise<unknown>>;

export interface CommandMutationOptions<K extends string> {
  description?: string;
  /** The resolver's method that sends the request and builds the payload (default `send`). */
  via?: K;
}

/**
 * A mutation that sends one request. The method written under it only maps its input to the
 * request, which is all a resolver may do (docs/ARCHITECTURE.md); this decorator admits `roles`,
 * takes the `input` argument and the sender, and hands the request with both to the resolver's
 * sending method, whose payload the mutation returns.
 */
export function CommandMutation<K extends string = 'send'>(
  payload: ReturnTypeFunc,
  roles: readonly Role[],
  { description, via = 'send' as K }: CommandMutationOptions<K> = {},
) {
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
    Mutation(payload, description === undefined ? undefined : { description })(target, key, descriptor);
    Roles(...roles)(target, key, descriptor);
  };
}

/**
 * The CommandMutation of a resolver's mutations that share their payload, roles and sending method:
 * each then names only its description.
 */
export function commandMutationOf<K extends string = 'send'>(payload: ReturnTypeFunc, roles: readonly Role[], via?: K) {
  return (description?: string) => CommandMutation<K>(payload, roles, { description, via });
}
