import { CommandIn, EventIn } from '@samverkan/core/domain';
import { SelectedEmployer } from './dialogue.model';

export interface SelectionCommands {
  /**
   * A decision (reason required): FK and AV select an employer for dialogue in a regional
   * collaboration area and year, with at least one criterion, its value and rationale.
   * One stream per area and year.
   */
  SelectEmployer: { selectionId: string; area: string; year: number; employer: SelectedEmployer };
  /** A decision (reason required): the employer is no longer selected. */
  DeselectEmployer: { selectionId: string; organisationNumber: string };
}

export type SelectionCommand<T extends keyof SelectionCommands = keyof SelectionCommands> = CommandIn<
  SelectionCommands,
  T
>;

export interface SelectionEvents {
  EmployerSelected: { selectionId: string; area: string; year: number; employer: SelectedEmployer; reason: string };
  EmployerDeselected: { selectionId: string; area: string; year: number; organisationNumber: string; reason: string };
}

export type SelectionEvent<T extends keyof SelectionEvents = keyof SelectionEvents> = EventIn<SelectionEvents, T>;
