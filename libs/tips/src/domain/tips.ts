import { ModuleEvents } from '@samverkan/core/domain';
import { impulseEventDefinitions, tipEventDefinitions } from './tips.events';
import { impulseDecider } from './impulse';
import { tipDecider } from './tip';

/** What the tips module registers in the event catalog: impulse and tip streams. */
export const tipsModuleEvents: ModuleEvents = {
  module: 'tips',
  categories: ['impulse', 'tip'],
  definitions: { ...impulseEventDefinitions, ...tipEventDefinitions },
  evolvers: { impulse: impulseDecider, tip: tipDecider },
};
