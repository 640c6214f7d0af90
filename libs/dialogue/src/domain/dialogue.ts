import { ModuleEvents } from '@samverkan/core/domain';
import { dialogueMeetingEventDefinitions, selectionEventDefinitions } from './dialogue.events';

/** What the dialogue module registers in the event catalog: employer selection and dialogue meeting streams. */
export const dialogueModuleEvents: ModuleEvents = {
  module: 'dialogue',
  categories: ['employerSelection', 'dialogueMeeting'],
  definitions: { ...selectionEventDefinitions, ...dialogueMeetingEventDefinitions },
};
