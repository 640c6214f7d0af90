export { KnowledgeModule } from './knowledge.module';
export { KNOWLEDGE_RULES } from './domain/knowledge.rules';
export { groupDecider, groupStream, itemDecider, itemStream, knowledgeModuleEvents, NATIONAL_GROUP_ID } from './domain';
export type { GroupCommand, GroupEvent, GroupState, ItemCommand, ItemEvent, ItemState } from './domain';
export { groupEndpoint, groupMeetingIdFor, itemEndpoint, knowledgeItemIdFor } from './application';
export type { GroupRequest, ItemRequest } from './application';
// What the demo data is written in, and checked against.
export { isInTerm, isLink, ITEM_KINDS, termDates } from './domain';
export type { IsoDate, ItemKind, MemberOrganisation, ReviewVerdict, Term } from './domain';
