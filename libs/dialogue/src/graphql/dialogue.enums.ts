import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { AGENCIES, DIALOGUE_AUDIENCES, DIALOGUE_KINDS, SELECTION_CRITERIA } from '../domain';

export const SelectionCriterionEnum = enumFrom(SELECTION_CRITERIA);
export const DialogueKindEnum = enumFrom(DIALOGUE_KINDS);
export const DialogueAudienceEnum = enumFrom(DIALOGUE_AUDIENCES);
export const AgencyEnum = enumFrom(AGENCIES);
export const DialogueMeetingStatusEnum = enumFrom(['PLANNED', 'HELD', 'CANCELLED'] as const);

registerEnumType(SelectionCriterionEnum, {
  name: 'SelectionCriterion',
  description: 'Ill-health rate, known challenges, size.',
});
registerEnumType(DialogueKindEnum, {
  name: 'DialogueKind',
  description: 'A targeted dialogue, or a leadership dialogue of the directors-general.',
});
registerEnumType(DialogueAudienceEnum, { name: 'DialogueAudience' });
registerEnumType(AgencyEnum, { name: 'Agency' });
registerEnumType(DialogueMeetingStatusEnum, { name: 'DialogueMeetingStatus' });
