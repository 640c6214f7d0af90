import { ModuleEvents } from '@samverkan/core/domain';
import { dialogueMeetingEventDefinitions, selectionEventDefinitions } from './dialogue.events';
import { selectionDecider } from './selection';
import { dialogueMeetingDecider } from './dialogue-meeting';

/** What the dialogue module registers in the event catalog: employer selection and dialogue meeting streams. */
export const dialogueModuleEvents: ModuleEvents = {
  module: 'dialogue',
  categories: ['employerSelection', 'dialogueMeeting'],
  definitions: { ...selectionEventDefinitions, ...dialogueMeetingEventDefinitions },
  evolvers: { employerSelection: selectionDecider, dialogueMeeting: dialogueMeetingDecider },
};
