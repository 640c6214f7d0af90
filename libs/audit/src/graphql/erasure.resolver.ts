import { Args, Query } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentOf, Role, Roles } from '@samverkan/auth';
import { CommandInput, decisionOf, PersonDirectory, Sender, sentPayload } from '@samverkan/core';
import { ErasureRequest, PersonErasure } from '../erasure/erasure.endpoint';
import { ReferencedPerson } from './audit-trail.types';
import { ErasePersonInput, ErasePersonPayload, FindPeopleArgs } from './erasure.types';

const ERASERS = [Role.DATA_PROTECTION_OFFICER, Role.AUDITOR];

@CommandResolver(() => ErasePersonPayload, ERASERS)
export class ErasureResolver {
  constructor(
    private readonly erasure: PersonErasure,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => [ReferencedPerson], {
    description: 'People in the directory whose name or e-mail contains the text (erased people are not found).',
  })
  @Roles(...ERASERS)
  @ContentOf('personErasure')
  findPeople(@Args() args: FindPeopleArgs): ReferencedPerson[] {
    return this.persons
      .search(args.text)
      .map((p) => ({ id: p.id, name: p.name, organisation: p.organisation, erased: false }));
  }

  @CommandMutation(
    "GDPR erasure (a decision): the person's key is deleted; the trail keeps the facts, the organisation and the erasure.",
  )
  erasePerson(input: ErasePersonInput): ErasureRequest {
    return decisionOf('ErasePerson', input, 'personId');
  }

  async send(request: ErasureRequest, sender: Sender, input: CommandInput): Promise<ErasePersonPayload> {
    const sent = await this.erasure.erase(request, sender, input);
    const { personId } = request.data;
    const person = this.persons.find(personId);
    return {
      ...sentPayload(sent),
      person: {
        id: personId,
        name: person?.erasedAt ? 'raderad' : (person?.name ?? null),
        organisation: person?.organisation ?? null,
        erased: !!person?.erasedAt,
      },
    };
  }
}
