import { Type } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsNested } from './input-fields';
import { PageArgs } from './page-args';

/** A list's page arguments with its own optional `filter` input, for `class XArgs extends FilteredPageArgs(…)`. */
export function FilteredPageArgs<F extends object>(filterInput: Type<F>): Type<PageArgs & { filter?: F }> {
  @ArgsType()
  class FilteredArgs extends PageArgs {
    @Field(() => filterInput, { nullable: true })
    @IsOptional()
    @IsNested(() => filterInput)
    filter?: F;
  }
  return FilteredArgs;
}
