import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { INSPECTION_LEVELS, SUPERVISION_SECTORS } from '../domain';

export const SupervisionSectorEnum = enumFrom(SUPERVISION_SECTORS);
export const InspectionLevelEnum = enumFrom(INSPECTION_LEVELS);
export const CampaignStatusEnum = enumFrom(['PLANNED', 'LAUNCHED', 'CONCLUDED', 'EVALUATED'] as const);
export const InspectionStatusEnum = enumFrom(['OPEN', 'CLOSED', 'CARRIED_OVER'] as const);

registerEnumType(SupervisionSectorEnum, { name: 'SupervisionSector' });
registerEnumType(InspectionLevelEnum, {
  name: 'InspectionLevel',
  description: 'Workplace (arbetsplatsnivå) or principal (huvudmannanivå).',
});
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus' });
registerEnumType(InspectionStatusEnum, { name: 'InspectionStatus' });
