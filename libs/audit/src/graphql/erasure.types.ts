import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Audience, PEOPLE_AUDIENCE } from '@samverkan/auth';
import { CommandInput, CommandPayload } from '@samverkan/core';
import { ReferencedPerson } from './audit-trail.types';

@InputType()
export class ErasePersonInput extends CommandInput {
  @Field({ description: 'The person-directory id (see findPeople).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  personId: string;

  @Field({
    description:
      "Why, as a reference: e.g. the request's diary number. Kept in the audit trail, which the erasure cannot reach, so it must not " +
      "copy the person: a reason with the person's surname, two parts of their name or their e-mail address is refused " +
      '(ERASURE_REASON_NAMES_PERSON), one with a personal identity number too (BAD_USER_INPUT).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@Audience(...PEOPLE_AUDIENCE)
@ObjectType()
export class ErasePersonPayload extends CommandPayload {
  @Field(() => ReferencedPerson) person: ReferencedPerson;
}

@ArgsType()
export class FindPeopleArgs {
  @Field({ description: 'Part of a name or e-mail address, at least two characters.' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  text: string;
}
