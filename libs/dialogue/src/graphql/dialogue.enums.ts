import { registerEnumType } from '@nestjs/graphql';
import { AGENCIES, DIALOGUE_AUDIENCES, DIALOGUE_KINDS, SELECTION_CRITERIA } from '../domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SelectionCriterionEnum = enumOf(SELECTION_CRITERIA);
export const DialogueKindEnum = enumOf(DIALOGUE_KINDS);
export const DialogueAudienceEnum = enumOf(DIALOGUE_AUDIENCES);
export const AgencyEnum = enumOf(AGENCIES);
export const DialogueMeetingStatusEnum = enumOf(['PLANNED', 'HELD', 'CANCELLED'] as const);

registerEnumType(SelectionCriterionEnum, { name: 'SelectionCriterion', description: 'Ill-health rate, known challenges, size.' });
registerEnumType(DialogueKindEnum, { name: 'DialogueKind', description: 'A targeted dialogue, or a leadership dialogue of the directors-general.' });
registerEnumType(DialogueAudienceEnum, { name: 'DialogueAudience' });
registerEnumType(AgencyEnum, { name: 'Agency' });
registerEnumType(DialogueMeetingStatusEnum, { name: 'DialogueMeetingStatus' });
