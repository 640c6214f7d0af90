import { ModuleEvents } from '@samverkan/core/domain';
import {
  campaignEventDefinitions,
  eligibilityEventDefinitions,
  inspectionEventDefinitions,
} from './supervision.events';
import { campaignDecider } from './campaign';
import { inspectionDecider } from './inspection';
import { eligibilityDecider } from './eligibility';

/** What the supervision module registers in the event catalog: campaign, inspection and eligibility streams. */
export const supervisionModuleEvents: ModuleEvents = {
  module: 'supervision',
  categories: ['campaign', 'inspection', 'principalEligibility'],
  definitions: { ...campaignEventDefinitions, ...inspectionEventDefinitions, ...eligibilityEventDefinitions },
  evolvers: { campaign: campaignDecider, inspection: inspectionDecider, principalEligibility: eligibilityDecider },
};
