import { Decider, handled } from '@samverkan/core/domain';
import { SelectionCommand, SelectionEvent } from './selection.commands';
import { decideSelection } from './selection.decide';
import { evolveSelection, initialSelectionState, SelectionState } from './selection.state';

export { selectionIdFor } from './dialogue.guards';
export type { NoSelection, OpenSelection, SelectionState, SelectionStatus } from './selection.state';

/**
 * One stream per area and year (id from `selectionIdFor`); the category `employerSelection`
 * holds no dash, as the category projection needs.
 */
export function selectionStream(selectionId: string): string {
  return `employerSelection-${selectionId}`;
}

export const selectionDecider: Decider<SelectionCommand, SelectionEvent, SelectionState> = {
  initialState: initialSelectionState,
  evolve: evolveSelection,
  decide: decideSelection,
  worldTimes: { SelectEmployer: handled, DeselectEmployer: handled },
};
