import { Decider } from '@samverkan/core/domain';
import { InspectionCommand } from './inspection.commands';
import { decideInspection } from './inspection.decide';
import { InspectionEvent } from './inspection.events';
import { evolveInspection, initialInspectionState, InspectionState } from './inspection.state';

export type {
  ExistingInspection,
  InspectionFollowUp,
  InspectionRequirement,
  InspectionState,
  InspectionStatus,
  NoInspection,
} from './inspection.state';

/** One stream per inspection; the category `inspection` holds no dash, as the category projection needs. */
export function inspectionStream(inspectionId: string): string {
  return `inspection-${inspectionId}`;
}

export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, InspectionState> = {
  initialState: initialInspectionState,
  evolve: evolveInspection,
  decide: decideInspection,
};
