import { ModuleEvents } from '@samverkan/core/domain';
import { forumEventDefinitions, jointActionEventDefinitions, meetingEventDefinitions } from './forums.events';

/** What the forums module registers in the event catalog: forum, meeting and joint action streams. */
export const forumsModuleEvents: ModuleEvents = {
  module: 'forums',
  categories: ['forum', 'forumMeeting', 'jointAction'],
  definitions: { ...forumEventDefinitions, ...meetingEventDefinitions, ...jointActionEventDefinitions },
};
