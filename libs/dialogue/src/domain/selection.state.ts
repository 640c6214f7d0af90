import { NotStarted } from '@samverkan/core/domain';
import { SelectedEmployer } from './dialogue.model';
import { SelectionEvent } from './selection.commands';

/** The employers selected in one area and year, as the first selection named them. */
export interface OpenSelection {
  status: 'OPEN';
  selectionId: string;
  area: string;
  year: number;
  /** Currently selected, keyed by organisation number, as last selected. */
  employers: Readonly<Record<string, SelectedEmployer>>;
  /** Deselected and not selected again, keyed by organisation number, as they were selected. */
  formerlySelected: Readonly<Record<string, SelectedEmployer>>;
}

export type SelectionState = NotStarted | OpenSelection;
export type SelectionStatus = SelectionState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveSelection(state: SelectionState, event: SelectionEvent): SelectionState {
  switch (event.type) {
    case 'EmployerSelected': {
      const { selectionId, area, year, employer } = event.data;
      const selection: OpenSelection =
        state.status === 'NONE'
          ? { status: 'OPEN', selectionId, area, year, employers: {}, formerlySelected: {} }
          : state;
      const { [employer.organisationNumber]: _again, ...formerlySelected } = selection.formerlySelected;
      return {
        ...selection,
        employers: { ...selection.employers, [employer.organisationNumber]: employer },
        formerlySelected,
      };
    }
    case 'EmployerDeselected': {
      if (state.status === 'NONE') return state;
      const { [event.data.organisationNumber]: employer, ...employers } = state.employers;
      if (!employer) return state;
      return {
        ...state,
        employers,
        formerlySelected: { ...state.formerlySelected, [employer.organisationNumber]: employer },
      };
    }
    default: {
      // A type this release does not know (a later release's) changes nothing it folds.
      const _unknown: never = event;
      return state;
    }
  }
}
