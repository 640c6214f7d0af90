import { ModuleEvents } from '@samverkan/core/domain';
import { monthDecider, monthDefinitions } from './participants/participant-month';
import { sealDecider, sealDefinitions } from './sealing/esf-seal';

/** The audit's own reporting decisions: sealed ESF reports and monthly participant reports. */
export const reportingModuleEvents: ModuleEvents = {
  module: 'reporting',
  categories: ['esfSeal', 'participantMonth'],
  definitions: { ...sealDefinitions, ...monthDefinitions },
  evolvers: { esfSeal: sealDecider, participantMonth: monthDecider },
};
