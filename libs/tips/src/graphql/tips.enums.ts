import { registerEnumType } from '@nestjs/graphql';
import { DEFICIENCIES, DIRECT_ACTIONS, NO_ACTION_REASONS } from '../domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DeficiencyEnum = enumOf(DEFICIENCIES);
export const DirectActionEnum = enumOf(DIRECT_ACTIONS);
export const NoActionReasonEnum = enumOf(NO_ACTION_REASONS);
export const ImpulseStatusEnum = enumOf(['OPEN', 'IN_TIP', 'DISMISSED'] as const);
export const TipStatusEnum = enumOf(['DRAFT', 'SENT', 'RECEIVED'] as const);
export const TipOutcomeKindEnum = enumOf(['DIRECT_ACTION', 'INDIRECT_USE', 'NO_ACTION'] as const);
export const FunnelGroupingEnum = enumOf(['REGION', 'INDUSTRY', 'QUARTER'] as const);

registerEnumType(DeficiencyEnum, { name: 'Deficiency', description: 'What the employer is reported to neglect.' });
registerEnumType(DirectActionEnum, { name: 'DirectAction', description: 'A direct action AV took on a tip.' });
registerEnumType(NoActionReasonEnum, { name: 'NoActionReason', description: 'Why AV took no action on a tip.' });
registerEnumType(ImpulseStatusEnum, { name: 'ImpulseStatus' });
registerEnumType(TipStatusEnum, { name: 'TipStatus' });
registerEnumType(TipOutcomeKindEnum, { name: 'TipOutcomeKind' });
registerEnumType(FunnelGroupingEnum, { name: 'FunnelGrouping' });
