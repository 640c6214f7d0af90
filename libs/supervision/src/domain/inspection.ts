import { Decider, handled, ofEntity, stated, notStarted } from '@samverkan/core/domain';
import { InspectionCommand } from './inspection.commands';
import { decideInspection } from './inspection.decide';
import { InspectionEvent } from './inspection.events';
import { evolveInspection, InspectionState } from './inspection.state';

export type {
  ExistingInspection,
  InspectionFollowUp,
  InspectionRequirement,
  InspectionState,
  InspectionStatus,
} from './inspection.state';

/** One stream per inspection; the category `inspection` holds no dash, as the category projection needs. */
export function inspectionStream(inspectionId: string): string {
  return `inspection-${inspectionId}`;
}

export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, InspectionState> = {
  initialState: notStarted,
  evolve: evolveInspection,
  decide: decideInspection,
  worldTimes: {
    RecordInspection: stated('inspectedOn'),
    // FK's participation and the findings are facts of the inspection visit itself.
    RecordFkParticipation: ofEntity('inspection.inspectedOn', (state: InspectionState) =>
      state.status === 'NONE' ? undefined : state.inspectedOn,
    ),
    RecordFindings: ofEntity('inspection.inspectedOn', (state: InspectionState) =>
      state.status === 'NONE' ? undefined : state.inspectedOn,
    ),
    IssueRequirement: stated('issuedOn'),
    RecordFollowUp: stated('followedUpOn'),
    CloseInspection: stated('closedOn'),
    CarryOverInspection: handled,
  },
};
