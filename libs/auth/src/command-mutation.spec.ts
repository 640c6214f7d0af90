import { Reflector } from '@nestjs/core';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, Sender } from '@samverkan/core';
import { CommandMutation, commandMutationOf } from './command-mutation';
import { ROLES_KEY } from './decorators';
import { Role } from './roles';

@InputType()
class RenameInput extends CommandInput {
  @Field() id: string;
  @Field() name: string;
}

@ObjectType()
class RenamePayload {
  @Field() name: string;
}

type Rename = { type: 'Rename'; data: { id: string; name: string } };

// Bound once for a resolver's mutations that share payload, roles and sending method.
const ElsewhereMutation = commandMutationOf(() => RenamePayload, [Role.AUDITOR], 'sendElsewhere');

class Names {
  readonly sent: unknown[][] = [];

  @CommandMutation(() => RenamePayload, [Role.STEERING_GROUP], { description: 'Renames.' })
  rename(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name } };
  }

  @ElsewhereMutation()
  renameElsewhere(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name.toUpperCase() } };
  }

  async send(request: Rename, sender: Sender, input: RenameInput) {
    this.sent.push(['send', request, sender, input]);
    return { name: request.data.name };
  }

  async sendElsewhere(request: Rename, sender: Sender, input: RenameInput) {
    this.sent.push(['sendElsewhere', request, sender, input]);
    return { name: request.data.name };
  }
}

const sender: Sender = {
  actor: { id: 'a', organisation: 'FK', role: Role.STEERING_GROUP },
  correlationId: 'c',
  forums: [],
};
// Nest calls a handler with the arguments its parameter decorators declare.
const call = (names: Names, method: 'rename' | 'renameElsewhere', input: RenameInput) =>
  (names[method] as unknown as (input: RenameInput, sender: Sender) => Promise<unknown>).call(names, input, sender);

describe('CommandMutation', () => {
  const input = Object.assign(new RenameInput(), { id: '1', name: 'Ny', commandId: 'k' });

  it('sends the mapped request with the sender and the input, and returns what the sending method returns', async () => {
    const names = new Names();
    await expect(call(names, 'rename', input)).resolves.toEqual({ name: 'Ny' });
    expect(names.sent).toEqual([['send', { type: 'Rename', data: { id: '1', name: 'Ny' } }, sender, input]]);
  });

  it('sends through the method it names, with the roles it was bound to', async () => {
    const names = new Names();
    await expect(call(names, 'renameElsewhere', input)).resolves.toEqual({ name: 'NY' });
    expect(names.sent.map(([via]) => via)).toEqual(['sendElsewhere']);
    expect(new Reflector().get(ROLES_KEY, Names.prototype.renameElsewhere)).toEqual([Role.AUDITOR]);
  });

  it('admits only its roles and declares a mutation with the input and the sender as arguments', () => {
    const handler = Names.prototype.rename;
    expect(new Reflector().get(ROLES_KEY, handler)).toEqual([Role.STEERING_GROUP]);
    expect(Reflect.getMetadata('graphql:resolver_type', handler)).toBe('Mutation');
    const params = Reflect.getMetadata('__routeArguments__', Names, 'rename') as Record<string, { index: number }>;
    expect(Object.values(params).map((p) => p.index)).toEqual(expect.arrayContaining([0, 1]));
  });
});
