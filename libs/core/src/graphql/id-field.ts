import { Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { stacked } from './input-fields';

/**
 * The id of an entity a command names: text of at most 100 characters, the same check in every
 * module. Whether it names anything (blank included) is the endpoint's and the decider's to answer.
 */
export const IdField = (description?: string): PropertyDecorator =>
  stacked(description === undefined ? Field() : Field({ description }), IsString(), MaxLength(100));
