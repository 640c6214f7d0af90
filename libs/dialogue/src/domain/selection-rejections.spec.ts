import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { without } from '@samverkan/core/testing/edges';
import { SELECTION_CRITERIA, SelectedEmployer } from './dialogue.model';
import { selectionDecider } from './selection';
import { SelectionCommand, SelectionEvent } from './selection.commands';
import {
  deselectEmployer,
  employerSelected,
  municipality,
  selectedMunicipality,
  selectEmployer,
  SELECTION_ID as selectionId,
  selectionSpec as spec,
} from './testing/dialogue.fixtures';

/**
 * A rejection names the selection it refuses, and the employer, criterion (by index) or field it is
 * about, so that a client can point at what to correct.
 */

type Rejection = Refusal<SelectionCommand, SelectionEvent>;

const { organisationNumber } = municipality;
const [illHealth, size] = selectedMunicipality.criteria;
const select = (data: Partial<SelectionCommand<'SelectEmployer'>['data']>) => {
  const command = selectEmployer();
  return { ...command, data: { ...command.data, ...data } };
};
const withEmployer = (employer: Partial<SelectedEmployer>) => selectEmployer({ ...selectedMunicipality, ...employer });
const withSecondCriterion = (changes: Partial<typeof size>) =>
  withEmployer({ criteria: [illHealth, { ...size, ...changes }] });
const ofEmployer = { selectionId, organisationNumber };

const selecting: Rejection[] = [
  ['a blank area', [], select({ area: ' ' }), 'INVALID_TEXT', { selectionId, field: 'area' }],
  ['a year before 2000', [], select({ year: 1999 }), 'INVALID_YEAR', { selectionId, year: 1999 }],
  [
    'no selection id',
    [],
    without(selectEmployer(), 'selectionId'),
    'SELECTION_ID_MISMATCH',
    { selectionId: null, expected: selectionId },
  ],
  [
    'a malformed organisation number',
    [],
    withEmployer({ organisationNumber: '2120000142' }),
    'INVALID_ORGANISATION_NUMBER',
    { selectionId },
  ],
  ['no employer', [], select({ employer: undefined }), 'INVALID_ORGANISATION_NUMBER', { selectionId }],
  ['an employer without a name', [], withEmployer({ name: ' ' }), 'INVALID_TEXT', { ...ofEmployer, field: 'name' }],
  ['an employer on no criterion', [], withEmployer({ criteria: [] }), 'CRITERION_REQUIRED', ofEmployer],
  [
    'a missing criterion',
    [],
    withEmployer({ criteria: [illHealth, null as never] }),
    'INVALID_CRITERION',
    { ...ofEmployer, index: 1, field: 'criterion' },
  ],
  [
    'an unknown criterion, listing the known ones',
    [],
    withSecondCriterion({ criterion: 'TURNOVER' as never }),
    'INVALID_CRITERION',
    { ...ofEmployer, index: 1, field: 'criterion', allowed: [...SELECTION_CRITERIA] },
  ],
  [
    'a value longer than 200 characters',
    [],
    withSecondCriterion({ value: 'a'.repeat(201) }),
    'INVALID_TEXT',
    { ...ofEmployer, index: 1, field: 'value', max: 200 },
  ],
  [
    'a rationale longer than 4000 characters',
    [],
    withSecondCriterion({ rationale: 'a'.repeat(4001) }),
    'INVALID_TEXT',
    { ...ofEmployer, index: 1, field: 'rationale', max: 4000 },
  ],
  ['selecting it again', [employerSelected()], selectEmployer(), 'ALREADY_SELECTED', ofEmployer],
  ['a selection without a reason', [], selectEmployer(undefined, null), 'REASON_REQUIRED', ofEmployer],
];

const deselecting: Rejection[] = [
  [
    'a malformed organisation number',
    [employerSelected()],
    deselectEmployer('2120000142'),
    'INVALID_ORGANISATION_NUMBER',
    { selectionId },
  ],
  [
    'the id of another selection',
    [employerSelected()],
    { ...deselectEmployer(), data: { ...deselectEmployer().data, selectionId: 'skane_2025' } },
    'SELECTION_ID_MISMATCH',
    { selectionId: 'skane_2025', expected: selectionId },
  ],
  [
    'a deselection without a reason',
    [employerSelected()],
    deselectEmployer(undefined, null),
    'REASON_REQUIRED',
    ofEmployer,
  ],
];

describe('Employer selection rejections name what they refuse', () => {
  describe.each([
    ['selecting', selecting],
    ['deselecting', deselecting],
  ] as const)('%s', (_, rejections) => {
    itRefusesEach(spec, rejections);
  });

  it('lists the known criteria only when the criterion is unknown, not when its value is missing', () => {
    const missingValue = withSecondCriterion({ value: ' ' });
    expect(() => selectionDecider.decide(missingValue, selectionDecider.initialState())).toThrow(
      expect.objectContaining({
        code: 'INVALID_CRITERION',
        details: expect.not.objectContaining({ allowed: expect.anything() }),
      }),
    );
  });

  it('refuses a selection for another year than the one its stream holds', () => {
    const in2026 = employerSelected();
    const given = { ...in2026, data: { ...in2026.data, year: 2026 } };
    spec
      .given([given])
      .when(selectEmployer())
      .thenThrows('SELECTION_AREA_MISMATCH', { details: { year: 2025, selectionYear: 2026 } });
  });
});
