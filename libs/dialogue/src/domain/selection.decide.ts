import {
  CORE_RULES,
  decideByType,
  has,
  organisationNumber,
  requiredId,
  requiredReason,
  requiredText,
  validYear,
} from '@samverkan/core/domain';
import { areaSlug, DIALOGUE_TEXT_LIMITS, selectionIdFor } from './dialogue.guards';
import { CriterionAssessment, SELECTION_CRITERIA, SelectedEmployer } from './dialogue.model';
import { SelectionCommand, SelectionEvent } from './selection.commands';
import { SelectionState } from './selection.state';
import { DIALOGUE_RULES } from './dialogue.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: is it about this stream's area and year, then the
// employer and its criteria, then whether the employer is (still) selected, then the reason.

export const decideSelection = decideByType<SelectionCommand, SelectionState, SelectionEvent>('selection', {
  SelectEmployer: select,
  DeselectEmployer: deselect,
});

function select(command: SelectionCommand<'SelectEmployer'>, state: SelectionState): SelectionEvent[] {
  const { selectionId } = command.data;
  const area = requiredText(command.data.area, 'area', { details: { selectionId } });
  if (!areaSlug(area)) {
    throw CORE_RULES.violation('INVALID_TEXT', 'An area is named with letters or digits', {
      selectionId,
      field: 'area',
    });
  }
  const year = validYear(command.data.year, { selectionId });
  const expected = selectionIdFor(area, year);
  if (selectionId !== expected) {
    throw DIALOGUE_RULES.violation('SELECTION_ID_MISMATCH', `The selection of ${area} ${year} is ${expected}`, {
      selectionId: selectionId ?? null,
      expected,
    });
  }
  if (state.status === 'OPEN' && (state.area !== area || state.year !== year)) {
    throw DIALOGUE_RULES.violation(
      'SELECTION_AREA_MISMATCH',
      `Selection ${selectionId} is for ${state.area} ${state.year}`,
      {
        selectionId,
        area,
        year,
        selectionArea: state.area,
        selectionYear: state.year,
      },
    );
  }
  const employer = validEmployer(command.data.employer, selectionId);
  const number = employer.organisationNumber;
  if (state.status === 'OPEN' && has(state.employers, number)) {
    throw DIALOGUE_RULES.violation('ALREADY_SELECTED', `${number} is already selected in ${area} ${year}`, {
      selectionId,
      organisationNumber: number,
    });
  }
  const reason = requiredReason(command.reason, { selectionId, organisationNumber: number });
  return [{ type: 'EmployerSelected', data: { selectionId, area, year, employer, reason } }];
}

function deselect(command: SelectionCommand<'DeselectEmployer'>, state: SelectionState): SelectionEvent[] {
  const selectionId = requiredId(command.data.selectionId, 'selectionId');
  const number = organisationNumber(command.data.organisationNumber, { selectionId });
  if (state.status === 'OPEN' && state.selectionId !== selectionId) {
    throw DIALOGUE_RULES.violation('SELECTION_ID_MISMATCH', `This is selection ${state.selectionId}`, {
      selectionId,
      expected: state.selectionId,
    });
  }
  if (state.status === 'NONE' || !has(state.employers, number)) {
    throw DIALOGUE_RULES.violation('NOT_SELECTED', `${number} is not selected in ${selectionId}`, {
      selectionId,
      organisationNumber: number,
    });
  }
  const reason = requiredReason(command.reason, { selectionId, organisationNumber: number });
  const { area, year } = state;
  return [{ type: 'EmployerDeselected', data: { selectionId, area, year, organisationNumber: number, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

/** A missing employer is refused for its number, before its name and criteria are read. */
function validEmployer(employer: SelectedEmployer, selectionId: string): SelectedEmployer {
  const number = organisationNumber(employer?.organisationNumber, { selectionId });
  const details = { selectionId, organisationNumber: number };
  const name = requiredText(employer.name, 'name', { details });
  const criteria = validCriteria(employer.criteria, details);
  return { organisationNumber: number, name, criteria };
}

/** The selection is a decision an auditor reads: every criterion says what was seen and why it matters. */
function validCriteria(
  criteria: CriterionAssessment[] | undefined,
  details: Record<string, unknown>,
): CriterionAssessment[] {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw DIALOGUE_RULES.violation('CRITERION_REQUIRED', 'An employer is selected on at least one criterion', details);
  }
  const valid = criteria.map((assessment, index) => {
    const criterion = assessment?.criterion;
    const value = typeof assessment?.value === 'string' ? assessment.value.trim() : '';
    const rationale = typeof assessment?.rationale === 'string' ? assessment.rationale.trim() : '';
    const known = SELECTION_CRITERIA.includes(criterion);
    const wrong = !known ? 'criterion' : !value ? 'value' : !rationale ? 'rationale' : undefined;
    if (wrong) {
      throw DIALOGUE_RULES.violation('INVALID_CRITERION', `Criterion ${index + 1}: ${wrong} is missing or unknown`, {
        ...details,
        index,
        field: wrong,
        ...(known ? {} : { allowed: [...SELECTION_CRITERIA] }),
      });
    }
    requiredText(value, 'value', { details: { ...details, index } });
    requiredText(rationale, 'rationale', { max: DIALOGUE_TEXT_LIMITS.long, details: { ...details, index } });
    return { criterion, value, rationale };
  });
  const repeated = valid.find(
    (assessment, i) => valid.findIndex((other) => other.criterion === assessment.criterion) !== i,
  );
  if (repeated) {
    throw DIALOGUE_RULES.violation('DUPLICATE_CRITERION', `${repeated.criterion} is given twice`, {
      ...details,
      criterion: repeated.criterion,
    });
  }
  return valid;
}
