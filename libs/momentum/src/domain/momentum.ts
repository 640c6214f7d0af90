import { ModuleEvents } from '@samverkan/core/domain';
import { activityEventDefinitions } from './momentum.events';
import { momentumEsfActivities } from './momentum.esf';
import { activityDecider } from './project-activity';

/** What the momentum module registers in the event catalog: one stream per project activity. */
export const momentumModuleEvents: ModuleEvents = {
  module: 'momentum',
  categories: ['projectActivity'],
  definitions: { ...activityEventDefinitions },
  evolvers: { projectActivity: activityDecider },
  esfActivities: momentumEsfActivities,
};
