import { Command, DomainEvent } from '@samverkan/core/domain';
import { SelectedEmployer } from './dialogue.model';

/**
 * A decision (reason required): FK and AV select an employer for dialogue in a regional
 * collaboration area and year, with at least one criterion, its value and rationale.
 * One stream per area and year.
 */
export type SelectEmployer = Command<
  'SelectEmployer',
  { selectionId: string; area: string; year: number; employer: SelectedEmployer }
>;

/** A decision (reason required): the employer is no longer selected. */
export type DeselectEmployer = Command<'DeselectEmployer', { selectionId: string; organisationNumber: string }>;

export type SelectionCommand = SelectEmployer | DeselectEmployer;

export type EmployerSelected = DomainEvent<
  'EmployerSelected',
  { selectionId: string; area: string; year: number; employer: SelectedEmployer; reason: string }
>;

export type EmployerDeselected = DomainEvent<
  'EmployerDeselected',
  { selectionId: string; area: string; year: number; organisationNumber: string; reason: string }
>;

export type SelectionEvent = EmployerSelected | EmployerDeselected;
