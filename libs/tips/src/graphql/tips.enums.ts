import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { DEFICIENCIES, DIRECT_ACTIONS, NO_ACTION_REASONS } from '../domain';

export const DeficiencyEnum = enumFrom(DEFICIENCIES);
export const DirectActionEnum = enumFrom(DIRECT_ACTIONS);
export const NoActionReasonEnum = enumFrom(NO_ACTION_REASONS);
export const ImpulseStatusEnum = enumFrom(['OPEN', 'IN_TIP', 'DISMISSED'] as const);
export const TipStatusEnum = enumFrom(['DRAFT', 'SENT', 'RECEIVED'] as const);
export const TipOutcomeKindEnum = enumFrom(['DIRECT_ACTION', 'INDIRECT_USE', 'NO_ACTION'] as const);
export const FunnelGroupingEnum = enumFrom(['REGION', 'INDUSTRY', 'QUARTER'] as const);

registerEnumType(DeficiencyEnum, { name: 'Deficiency', description: 'What the employer is reported to neglect.' });
registerEnumType(DirectActionEnum, { name: 'DirectAction', description: 'A direct action AV took on a tip.' });
registerEnumType(NoActionReasonEnum, { name: 'NoActionReason', description: 'Why AV took no action on a tip.' });
registerEnumType(ImpulseStatusEnum, { name: 'ImpulseStatus' });
registerEnumType(TipStatusEnum, { name: 'TipStatus' });
registerEnumType(TipOutcomeKindEnum, { name: 'TipOutcomeKind' });
registerEnumType(FunnelGroupingEnum, { name: 'FunnelGrouping' });
