import { Reflector } from '@nestjs/core';
import {
  Args,
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  InputType,
  ObjectType,
  Query,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { CommandInput, CommandPayload, CommandPayloadType, decisionFrom, requestFrom, Sender } from '@samverkan/core';
import { printSchema } from 'graphql';
import { CommandMutation, CommandResolver, commandMutationsWithoutResolver, MappedMutations } from './command-mutation';
import { Roles, ROLES_KEY } from './decorators';
import { Role } from './roles';

@InputType()
class RenameInput extends CommandInput {
  @Field() id: string;
  @Field() name: string;
}

@ObjectType()
class Named {
  @Field() name: string;
}

const NamePayload = CommandPayloadType('NamePayload', 'named', Named);

@ObjectType()
class Audit {
  @Field() by: string;
}

const AuditPayload = CommandPayloadType('AuditPayload', 'audit', Audit);

@InputType()
class RetireInput extends CommandInput {
  @Field() id: string;
  @Field() reason: string;
}

type Rename = { type: 'Rename'; data: { id: string; name: string } };
type Retire = { type: 'Retire'; data: { id: string }; reason: string };

@CommandResolver(() => NamePayload, [Role.STEERING_GROUP])
@MappedMutations<Rename | Retire>({
  renameMapped: { description: 'Renames, as a row.', request: requestFrom(RenameInput, 'Rename', 'id', 'name') },
  retire: { roles: [Role.AUDITOR], request: decisionFrom(RetireInput, 'Retire', 'id') },
})
class Names {
  readonly sent: unknown[][] = [];

  @Query(() => [Named], { description: 'Every name.' })
  names(@Args('prefix', { nullable: true }) prefix?: string): Named[] {
    return [{ name: prefix ?? '' }];
  }

  @Query(() => Named)
  @Roles(Role.AUDITOR)
  auditedName(): Named {
    return { name: '' };
  }

  @CommandMutation('Renames.')
  rename(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name } };
  }

  @CommandMutation({ roles: [Role.AUDITOR, Role.STEERING_GROUP] })
  renameAudited(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name.toLowerCase() } };
  }

  @CommandMutation({ description: 'Renames elsewhere.', payload: () => AuditPayload, via: 'sendElsewhere' })
  renameElsewhere(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name.toUpperCase() } };
  }

  async send(request: Rename | Retire, sender: Sender, input: CommandInput) {
    this.sent.push(['send', request, sender, input]);
    return { named: { name: request.type === 'Rename' ? request.data.name : '' } };
  }

  async sendElsewhere(request: Rename, sender: Sender, input: RenameInput) {
    this.sent.push(['sendElsewhere', request, sender, input]);
    return { audit: { by: request.data.name } };
  }
}

/** A payload declared as a class of its own: it names no entity, so the resolver has no GraphQL type. */
@ObjectType()
class ErasedPayload extends CommandPayload {
  @Field() erased: boolean;
}

@CommandResolver(() => ErasedPayload, [Role.AUDITOR])
class Erasures {
  @CommandMutation('Erases.')
  erase(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: '' } };
  }

  async send() {
    return { erased: true };
  }
}

const sender: Sender = {
  actor: { id: 'a', organisation: 'FK', role: Role.STEERING_GROUP },
  correlationId: 'c',
  forums: [],
};
type Method = 'rename' | 'renameAudited' | 'renameElsewhere' | 'renameMapped' | 'retire';
type Handler = (input: CommandInput, sender: Sender) => Promise<unknown>;
/** A mutation's handler as Nest finds it on the class, whether written or declared by a row. */
const handlerOf = (method: Method) => (Names.prototype as unknown as Record<Method, Handler>)[method];
// Nest calls a handler with the arguments its parameter decorators declare.
const call = (names: Names, method: Method, input: CommandInput) => handlerOf(method).call(names, input, sender);
// What AuthGuard and the role matrix read: the handler's roles, else the class's.
const rolesOf = (handler: object, resolver: new () => object) =>
  new Reflector().getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler as () => void, resolver]);

/** A class whose command mutation no @CommandResolver declares: Nest would leave it out of the schema. */
class Forgotten {
  @CommandMutation('Renames, but is never in the schema.')
  rename(input: RenameInput): Rename {
    return { type: 'Rename', data: { id: input.id, name: input.name } };
  }

  async send() {
    return {};
  }
}

describe('CommandResolver and CommandMutation', () => {
  it('names the classes whose command mutations no @CommandResolver declares, and only those', () => {
    expect(commandMutationsWithoutResolver()).toEqual([Forgotten.name]);
  });

  const input = Object.assign(new RenameInput(), { id: '1', name: 'Ny', commandId: 'k' });

  it('sends the mapped request with the sender and the input, and returns what the sending method returns', async () => {
    const names = new Names();
    await expect(call(names, 'rename', input)).resolves.toEqual({ named: { name: 'Ny' } });
    expect(names.sent).toEqual([['send', { type: 'Rename', data: { id: '1', name: 'Ny' } }, sender, input]]);
  });

  it('sends through the method a mutation names', async () => {
    const names = new Names();
    await expect(call(names, 'renameElsewhere', input)).resolves.toEqual({ audit: { by: 'NY' } });
    expect(names.sent.map(([via]) => via)).toEqual(['sendElsewhere']);
  });

  it('maps the input of a mutation declared by a row as the row says, and sends it through `send`', async () => {
    const names = new Names();
    const retiring = Object.assign(new RetireInput(), { id: '2', reason: 'Gammal', commandId: 'r' });
    await expect(call(names, 'renameMapped', input)).resolves.toEqual({ named: { name: 'Ny' } });
    await call(names, 'retire', retiring);
    expect(names.sent).toEqual([
      ['send', { type: 'Rename', data: { id: '1', name: 'Ny' } }, sender, input],
      ['send', { type: 'Retire', data: { id: '2' }, reason: 'Gammal' }, sender, retiring],
    ]);
  });

  it('gives a mutation declared by a row its input class, as a written method has it, for GraphQL and validation', () => {
    expect(Reflect.getMetadata('design:paramtypes', Names.prototype, 'renameMapped')).toEqual([RenameInput]);
    expect(Reflect.getMetadata('design:paramtypes', Names.prototype, 'retire')).toEqual([RetireInput]);
    expect(rolesOf(handlerOf('renameMapped'), Names)).toEqual([Role.STEERING_GROUP]);
    expect(rolesOf(handlerOf('retire'), Names)).toEqual([Role.AUDITOR]);
  });

  it('gives each mutation the resolver’s roles unless it names its own', () => {
    expect(rolesOf(Names.prototype.rename, Names)).toEqual([Role.STEERING_GROUP]);
    expect(rolesOf(Names.prototype.renameElsewhere, Names)).toEqual([Role.STEERING_GROUP]);
    expect(rolesOf(Names.prototype.renameAudited, Names)).toEqual([Role.AUDITOR, Role.STEERING_GROUP]);
  });

  it('puts no roles on the class, so its queries keep the readers they declare or none', () => {
    expect(new Reflector().get(ROLES_KEY, Names)).toBeUndefined();
    expect(rolesOf(Names.prototype.names, Names)).toBeUndefined();
    expect(rolesOf(Names.prototype.auditedName, Names)).toEqual([Role.AUDITOR]);
  });

  it('declares every mutation with the input and the sender as arguments, and the resolver as its payload’s entity’s', () => {
    for (const method of ['rename', 'renameAudited', 'renameElsewhere', 'renameMapped', 'retire'] as const) {
      expect(Reflect.getMetadata('graphql:resolver_type', handlerOf(method))).toBe('Mutation');
      const params = Reflect.getMetadata('__routeArguments__', Names, method) as Record<string, { index: number }>;
      expect(Object.values(params).map((p) => p.index)).toEqual(expect.arrayContaining([0, 1]));
    }
    expect(Reflect.getMetadata('graphql:resolver_type', Names)).toBe('Named');
    expect(Reflect.getMetadata('graphql:resolver_type', Erasures)).toBeUndefined();
    expect(rolesOf(Erasures.prototype.erase, Erasures)).toEqual([Role.AUDITOR]);
  });

  it('builds the schema the decorators describe: payloads, descriptions, the input argument, the queries', async () => {
    const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = printSchema(await module.get(GraphQLSchemaFactory).create([Names, Erasures]));
    const mutation = schema.slice(schema.indexOf('type Mutation {'));
    expect(mutation).toContain('"""Renames."""\n  rename(input: RenameInput!): NamePayload!');
    expect(mutation).toContain('renameAudited(input: RenameInput!): NamePayload!');
    expect(mutation).toContain('"""Renames elsewhere."""\n  renameElsewhere(input: RenameInput!): AuditPayload!');
    expect(mutation).toContain('"""Renames, as a row."""\n  renameMapped(input: RenameInput!): NamePayload!');
    expect(mutation).toContain('retire(input: RetireInput!): NamePayload!');
    expect(mutation).toContain('"""Erases."""\n  erase(input: RenameInput!): ErasedPayload!');
    expect(schema).toContain('"""Every name."""\n  names(prefix: String): [Named!]!');
    await module.close();
  });
});
