import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, CommandResult, commandContext, payloadFields, PersonDirectory } from '@samverkan/core';
import { ErasePersonCommand } from '../erasure/erase-person.handler';
import { ReferencedPerson } from './audit-trail.types';
import { ErasePersonInput, ErasePersonPayload, FindPeopleArgs } from './erasure.types';

const ERASERS = [Role.DATA_PROTECTION_OFFICER, Role.AUDITOR];

@Resolver()
export class ErasureResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => [ReferencedPerson], { description: 'People in the directory whose name or e-mail contains the text (erased people are not found).' })
  @Roles(...ERASERS)
  @ContentOf('personErasure')
  findPeople(@Args() args: FindPeopleArgs): ReferencedPerson[] {
    return this.persons.search(args.text).map((p) => ({ id: p.id, name: p.name, organisation: p.organisation, erased: false }));
  }

  @Mutation(() => ErasePersonPayload, {
    description: 'GDPR erasure (a decision): the person\'s key is deleted; the trail keeps the facts, the organisation and the erasure.',
  })
  @Roles(...ERASERS)
  async erasePerson(
    @Args('input') input: ErasePersonInput,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<ErasePersonPayload> {
    const context = commandContext(actor, correlationId, input);
    const result = await this.commandBus.execute<ErasePersonCommand, CommandResult>(
      new ErasePersonCommand(input.personId, input.reason, new Date(), context),
    );
    const person = this.persons.find(input.personId);
    return {
      ...payloadFields(result, context),
      person: { id: input.personId, name: person?.erasedAt ? 'raderad' : (person?.name ?? null), organisation: person?.organisation ?? null, erased: !!person?.erasedAt },
    };
  }
}
