export { KnowledgeModule } from './knowledge.module';
export { KNOWLEDGE_RULES } from './domain/knowledge.rules';
export { groupDecider, groupStream, itemDecider, itemStream, knowledgeModuleEvents, NATIONAL_GROUP_ID } from './domain';
export type { GroupCommand, GroupEvent, ItemCommand, ItemEvent } from './domain';
export * from './demo';
