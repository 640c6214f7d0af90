import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../domain';

export const ActivityKindEnum = enumFrom(ACTIVITY_KINDS);
export const ActivityStatusEnum = enumFrom(ACTIVITY_STATUSES);

registerEnumType(ActivityKindEnum, {
  name: 'ProjectActivityKind',
  description: 'Konferens, utbildning, webbutbildning, internationellt studiebesök.',
});
registerEnumType(ActivityStatusEnum, { name: 'ProjectActivityStatus' });
