import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOrganisationNumber } from './identifier-validators';
import { IsText } from './input-fields';

/** An employer or principal as an input names it: one meaning (number and name), declared once. */
@InputType({ isAbstract: true })
export abstract class OrganisationInput {
  @Field({ description: '10 digits, with or without the dash.' }) @IsOrganisationNumber() organisationNumber: string;
  @Field() @IsText(200) name: string;
}

/** An employer or principal as a read model shows it: its number and its name. */
@ObjectType({ isAbstract: true })
export abstract class OrganisationType {
  @Field() organisationNumber: string;
  @Field() name: string;
}
