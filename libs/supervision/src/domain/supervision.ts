import { ModuleEvents } from '@samverkan/core/domain';
import { campaignEventDefinitions, eligibilityEventDefinitions, inspectionEventDefinitions } from './supervision.events';

/** What the supervision module registers in the event catalog: campaign, inspection and eligibility streams. */
export const supervisionModuleEvents: ModuleEvents = {
  module: 'supervision',
  categories: ['campaign', 'inspection', 'principalEligibility'],
  definitions: { ...campaignEventDefinitions, ...inspectionEventDefinitions, ...eligibilityEventDefinitions },
};
