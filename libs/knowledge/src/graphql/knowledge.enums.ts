import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { ITEM_KINDS, REVIEW_VERDICTS } from '../domain';

export const ItemKindEnum = enumFrom(ITEM_KINDS);
export const ReviewVerdictEnum = enumFrom(REVIEW_VERDICTS);
export const ItemStatusEnum = enumFrom(['PROPOSED', 'REVIEWED', 'REJECTED', 'PUBLISHED', 'RETIRED'] as const);
export const GroupMeetingStatusEnum = enumFrom(['PLANNED', 'HELD', 'CANCELLED'] as const);
export const KnowledgeTermEnum = enumFrom(['VT', 'HT'] as const);

registerEnumType(ItemKindEnum, { name: 'KnowledgeItemKind' });
registerEnumType(ReviewVerdictEnum, { name: 'ReviewVerdict' });
registerEnumType(ItemStatusEnum, { name: 'KnowledgeItemStatus' });
registerEnumType(GroupMeetingStatusEnum, { name: 'GroupMeetingStatus' });
registerEnumType(KnowledgeTermEnum, { name: 'KnowledgeTerm', description: 'VT: January–June; HT: July–December.' });
