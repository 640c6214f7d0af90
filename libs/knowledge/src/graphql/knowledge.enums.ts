import { registerEnumType } from '@nestjs/graphql';
import { ITEM_KINDS, REVIEW_VERDICTS } from '../domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ItemKindEnum = enumOf(ITEM_KINDS);
export const ReviewVerdictEnum = enumOf(REVIEW_VERDICTS);
export const ItemStatusEnum = enumOf(['PROPOSED', 'REVIEWED', 'REJECTED', 'PUBLISHED', 'RETIRED'] as const);
export const GroupMeetingStatusEnum = enumOf(['PLANNED', 'HELD', 'CANCELLED'] as const);
export const KnowledgeTermEnum = enumOf(['VT', 'HT'] as const);

registerEnumType(ItemKindEnum, { name: 'KnowledgeItemKind' });
registerEnumType(ReviewVerdictEnum, { name: 'ReviewVerdict' });
registerEnumType(ItemStatusEnum, { name: 'KnowledgeItemStatus' });
registerEnumType(GroupMeetingStatusEnum, { name: 'GroupMeetingStatus' });
registerEnumType(KnowledgeTermEnum, { name: 'KnowledgeTerm', description: 'VT: January–June; HT: July–December.' });
