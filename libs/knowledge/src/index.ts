export { KnowledgeModule } from './knowledge.module';
export { groupDecider, groupStream, itemDecider, itemStream, knowledgeModuleEvents, NATIONAL_GROUP_ID } from './domain';
export type { GroupCommand, GroupEvent, ItemCommand, ItemEvent } from './domain';
export * from './demo';
