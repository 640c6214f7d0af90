import { ModuleEvents } from '@samverkan/core/domain';
import { groupEventDefinitions, itemEventDefinitions } from './knowledge.events';
import { groupDecider } from './group';
import { knowledgeEsfActivities } from './knowledge.esf';
import { itemDecider } from './item';

/** What the knowledge module registers in the event catalog: the group stream and item streams. */
export const knowledgeModuleEvents: ModuleEvents = {
  module: 'knowledge',
  categories: ['knowledgeGroup', 'knowledgeItem'],
  definitions: { ...groupEventDefinitions, ...itemEventDefinitions },
  esfActivities: knowledgeEsfActivities,
  evolvers: { knowledgeGroup: groupDecider, knowledgeItem: itemDecider },
};
