import { ModuleEvents } from '@samverkan/core/domain';
import { impulseEventDefinitions, tipEventDefinitions } from './tips.events';

/** What the tips module registers in the event catalog: impulse and tip streams. */
export const tipsModuleEvents: ModuleEvents = {
  module: 'tips',
  categories: ['impulse', 'tip'],
  definitions: { ...impulseEventDefinitions, ...tipEventDefinitions },
};
