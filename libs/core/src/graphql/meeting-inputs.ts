import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { CommandInput } from './command-input';
import { ReasonField } from './input-fields';

/** Cancelling a planned meeting, whichever module holds it: the meeting and the decision's reason. */
@InputType({ isAbstract: true })
export abstract class CancelMeetingInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) meetingId: string;
  @ReasonField() reason: string;
}
