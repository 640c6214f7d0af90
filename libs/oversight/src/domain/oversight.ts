import { ModuleEvents } from '@samverkan/core/domain';
import { obligationDecider } from './obligation';
import { obligationEventDefinitions } from './oversight.events';

/** What the oversight module registers: the streams where the system records obligations gone overdue. */
export const oversightModuleEvents: ModuleEvents = {
  module: 'oversight',
  categories: ['obligation'],
  definitions: { ...obligationEventDefinitions },
  evolvers: { obligation: obligationDecider },
};
