import { ModuleEvents } from '@samverkan/core/domain';
import { forumEventDefinitions, jointActionEventDefinitions, meetingEventDefinitions } from './forums.events';
import { forumDecider } from './forum';
import { forumsEsfActivities } from './forums.esf';
import { meetingDecider } from './meeting';
import { jointActionDecider } from './joint-action';

/** What the forums module registers in the event catalog: forum, meeting and joint action streams. */
export const forumsModuleEvents: ModuleEvents = {
  module: 'forums',
  categories: ['forum', 'forumMeeting', 'jointAction'],
  definitions: { ...forumEventDefinitions, ...meetingEventDefinitions, ...jointActionEventDefinitions },
  esfActivities: forumsEsfActivities,
  evolvers: { forum: forumDecider, forumMeeting: meetingDecider, jointAction: jointActionDecider },
};
