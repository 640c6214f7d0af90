import { ArgsType, Field, InputType } from '@nestjs/graphql';

import { IsBoolean, IsOptional } from 'class-validator';
import { FilteredPageArgs, IsText, OptionalEnumField } from '@samverkan/core';
import { OBLIGATION_MODULES, ObligationModule } from '../domain';
import { ObligationModuleEnum } from './oversight.enums';

@InputType()
export class ObligationFilterInput {
  @Field({ nullable: true, description: 'FK, AV, JOINT, or a joint action owner organisation, exactly.' })
  @IsOptional()
  @IsText(200)
  owner?: string;

  @OptionalEnumField(ObligationModuleEnum, OBLIGATION_MODULES)
  module?: ObligationModule;

  @Field({ nullable: true, description: 'Only those past their due date.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;
}

@ArgsType()
export class ObligationsArgs extends FilteredPageArgs(ObligationFilterInput) {}
