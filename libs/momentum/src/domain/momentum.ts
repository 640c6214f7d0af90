import { ModuleEvents } from '@samverkan/core/domain';
import { activityEventDefinitions } from './momentum.events';

/** What the momentum module registers in the event catalog: one stream per project activity. */
export const momentumModuleEvents: ModuleEvents = {
  module: 'momentum',
  categories: ['projectActivity'],
  definitions: { ...activityEventDefinitions },
};
