import { registerEnumType } from '@nestjs/graphql';
import { INSPECTION_LEVELS, SUPERVISION_SECTORS } from '../domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SupervisionSectorEnum = enumOf(SUPERVISION_SECTORS);
export const InspectionLevelEnum = enumOf(INSPECTION_LEVELS);
export const CampaignStatusEnum = enumOf(['PLANNED', 'LAUNCHED', 'CONCLUDED', 'EVALUATED'] as const);
export const InspectionStatusEnum = enumOf(['OPEN', 'CLOSED', 'CARRIED_OVER'] as const);

registerEnumType(SupervisionSectorEnum, { name: 'SupervisionSector' });
registerEnumType(InspectionLevelEnum, { name: 'InspectionLevel', description: 'Workplace (arbetsplatsnivå) or principal (huvudmannanivå).' });
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus' });
registerEnumType(InspectionStatusEnum, { name: 'InspectionStatus' });
