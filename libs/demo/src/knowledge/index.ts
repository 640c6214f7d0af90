export {
  DEMO_GROUP_MEETINGS,
  DEMO_KNOWLEDGE_FOUNDED_ON,
  DEMO_KNOWLEDGE_HOST,
  DEMO_KNOWLEDGE_ITEMS,
  DEMO_KNOWLEDGE_MEMBERS,
  demoGroupMeeting,
  demoKnowledgeItem,
  knowledgeMembersOn,
} from './demo-knowledge';
export type {
  DemoGroupMeeting,
  DemoGroupMeetingEnd,
  DemoItemReview,
  DemoKnowledgeItem,
  DemoKnowledgeMember,
} from './demo-knowledge';
export {
  demoGroupMeetingId,
  demoKnowledgeItemId,
  demoMemberActor,
  knowledgeCommandCount,
  knowledgeCommandIds,
  seedKnowledge,
} from './seed-knowledge';
