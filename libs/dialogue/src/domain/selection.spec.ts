import { fold } from '@samverkan/core/domain';
import { CriterionAssessment, SelectedEmployer } from './dialogue.model';
import { selectionDecider, selectionIdFor, selectionStream } from './selection';
import { SelectionCommand } from './selection.commands';
import {
  AREA,
  careCompany,
  deselectEmployer,
  employerDeselected,
  employerSelected,
  municipality,
  selectedCareCompany,
  selectedMunicipality,
  selectEmployer,
  SELECTION_ID as selectionId,
  selectionSpec as spec,
  YEAR,
} from './testing/dialogue.fixtures';

const select = (
  data: Partial<SelectionCommand<'SelectEmployer'>['data']>,
  reason?: string,
): SelectionCommand<'SelectEmployer'> => ({
  ...selectEmployer(),
  data: { ...selectEmployer().data, ...data },
  ...(reason !== undefined ? { reason } : {}),
});
const withEmployer = (employer: Partial<SelectedEmployer>) => selectEmployer({ ...selectedMunicipality, ...employer });
const withCriteria = (criteria: CriterionAssessment[]) => withEmployer({ criteria });
const [illHealth, size] = selectedMunicipality.criteria;

describe('Employer selection', () => {
  describe('when no employer is selected in the area and year', () => {
    const whenSelectEmployer = spec.given([]).whenEach(selectEmployer);

    it('selects an employer on its criteria, as a decision with its reason', () => {
      whenSelectEmployer().then([employerSelected()]);
    });

    const whenSelect = spec.given([]).whenEach(select);

    it('trims the area, the employer and every criterion', () => {
      const padded = {
        organisationNumber: ` ${municipality.organisationNumber} `,
        name: `${municipality.name}\n`,
        criteria: selectedMunicipality.criteria.map((c) => ({
          ...c,
          value: ` ${c.value}`,
          rationale: `${c.rationale} `,
        })),
      };
      whenSelect({ area: ` ${AREA} `, employer: padded }).then([employerSelected()]);
    });

    it('rejects a selection without a reason', () => {
      whenSelectEmployer(selectedMunicipality, null).thenThrows('REASON_REQUIRED');
      whenSelectEmployer(selectedMunicipality, ' ').thenThrows('REASON_REQUIRED');
    });

    it('rejects a blank area, or one without letters or digits', () => {
      for (const area of [' ', '–']) {
        whenSelect({ area }).thenThrows('INVALID_TEXT', { field: 'area' });
      }
    });

    it('rejects a year outside 2000 to 2100, or a fraction', () => {
      for (const year of [1999, 2101, 2025.5]) {
        whenSelect({ year, selectionId: `vastra-gotaland_${year}` }).thenThrows('INVALID_YEAR');
      }
    });

    it('accepts the first and the last year', () => {
      for (const year of [2000, 2100]) {
        const command = select({ year, selectionId: `vastra-gotaland_${year}` });
        spec
          .given([])
          .when(command)
          .then([{ type: 'EmployerSelected', data: { ...command.data, reason: command.reason as string } }]);
      }
    });

    it("rejects a selection id that is not the area's and year's", () => {
      for (const id of ['vastra-gotaland_2026', 'skane_2025', 'Västra Götaland_2025', ' vastra-gotaland_2025']) {
        whenSelect({ selectionId: id }).thenThrows('SELECTION_ID_MISMATCH');
      }
      const expected = 'vastra-gotaland_2026';
      whenSelect({ year: 2026 }).thenThrows('SELECTION_ID_MISMATCH', { details: { selectionId, expected } });
    });

    const whenWithEmployer = spec.given([]).whenEach(withEmployer);

    it('rejects an organisation number not written NNNNNN-NNNN', () => {
      for (const organisationNumber of ['2120000142', '21200-00142', '']) {
        whenWithEmployer({ organisationNumber }).thenThrows('INVALID_ORGANISATION_NUMBER');
      }
    });

    it('rejects an employer without a name', () => {
      whenWithEmployer({ name: ' ' }).thenThrows('INVALID_TEXT', { field: 'name' });
    });

    it('rejects an employer selected on no criterion', () => {
      spec.given([]).when(withCriteria([])).thenThrows('CRITERION_REQUIRED');
      whenWithEmployer({ criteria: undefined }).thenThrows('CRITERION_REQUIRED');
    });

    it.each([
      ['criterion', { ...size, criterion: 'TURNOVER' as never }],
      ['value', { ...size, value: ' ' }],
      ['rationale', { ...size, rationale: '' }],
    ])('rejects a criterion without a known %s, naming its index', (field, criterion) => {
      const command = withCriteria([illHealth, criterion]);
      spec
        .given([])
        .when(command)
        .thenThrows('INVALID_CRITERION', { details: { index: 1, field }, message: /^Criterion 2: / });
    });

    it('rejects a criterion given twice for one employer', () => {
      const command = withCriteria([illHealth, size, { ...illHealth, value: 'ohälsotal 15 dagar' }]);
      spec
        .given([])
        .when(command)
        .thenThrows('DUPLICATE_CRITERION', { details: { criterion: 'ILL_HEALTH_RATE' } });
    });

    it('rejects deselecting: nobody is selected', () => {
      spec.given([]).when(deselectEmployer()).thenThrows('NOT_SELECTED');
    });
  });

  describe('when an employer is selected', () => {
    const given = [employerSelected()];

    it('selects another employer in the same area and year', () => {
      spec
        .given(given)
        .when(selectEmployer(selectedCareCompany))
        .then([employerSelected(selectedCareCompany)]);
    });

    it('rejects selecting it again, however its number is padded or its criteria differ', () => {
      spec.given(given).when(selectEmployer()).thenThrows('ALREADY_SELECTED');
      const again = withEmployer({ organisationNumber: ` ${municipality.organisationNumber}`, criteria: [size] });
      spec.given(given).when(again).thenThrows('ALREADY_SELECTED');
    });

    it('rejects another spelling of the area that gives the same selection id', () => {
      for (const area of ['Vastra Gotaland', 'västra götaland']) {
        const command = {
          ...selectEmployer(selectedCareCompany),
          data: { ...selectEmployer(selectedCareCompany).data, area },
        };
        spec
          .given(given)
          .when(command)
          .thenThrows('SELECTION_AREA_MISMATCH', { details: { area, selectionArea: AREA, selectionYear: YEAR } });
      }
    });

    const whenDeselectEmployer = spec.given(given).whenEach(deselectEmployer);

    it('deselects it, as a decision with its reason', () => {
      whenDeselectEmployer().then([employerDeselected()]);
      whenDeselectEmployer(` ${municipality.organisationNumber} `).then([employerDeselected()]);
    });

    it('rejects deselecting without a reason', () => {
      whenDeselectEmployer(municipality.organisationNumber, null).thenThrows('REASON_REQUIRED');
      whenDeselectEmployer(municipality.organisationNumber, '\n').thenThrows('REASON_REQUIRED');
    });

    it('rejects deselecting an employer that is not selected, naming it', () => {
      const { organisationNumber } = careCompany;
      whenDeselectEmployer(organisationNumber).thenThrows('NOT_SELECTED', {
        details: { selectionId, organisationNumber },
      });
    });

    it('rejects a deselection with a malformed number, a padded id or the id of another selection', () => {
      whenDeselectEmployer('2120000142').thenThrows('INVALID_ORGANISATION_NUMBER');
      const other = (id: string) => ({ ...deselectEmployer(), data: { ...deselectEmployer().data, selectionId: id } });
      const whenOther = spec.given(given).whenEach(other);
      whenOther(` ${selectionId}`).thenThrows('INVALID_ID');
      whenOther('skane_2025').thenThrows('SELECTION_ID_MISMATCH');
    });
  });

  describe('when an employer was deselected', () => {
    const given = [employerSelected(), employerDeselected()];

    it('rejects deselecting it again', () => {
      spec.given(given).when(deselectEmployer()).thenThrows('NOT_SELECTED');
    });

    it('selects it again, on new criteria', () => {
      const renewed = { ...selectedMunicipality, criteria: [size] };
      spec
        .given(given)
        .when(selectEmployer(renewed, 'Nytt urval'))
        .then([employerSelected(renewed, 'Nytt urval')]);
    });
  });
});

describe('Employer selection state', () => {
  it('holds the area and year, the selected employers and those formerly selected', () => {
    expect(fold(selectionDecider, [])).toEqual({ status: 'NONE' });
    const events = [employerSelected(), employerSelected(selectedCareCompany), employerDeselected()];
    expect(fold(selectionDecider, events)).toEqual({
      status: 'OPEN',
      selectionId,
      area: AREA,
      year: YEAR,
      employers: { [careCompany.organisationNumber]: selectedCareCompany },
      formerlySelected: { [municipality.organisationNumber]: selectedMunicipality },
    });
  });

  it('moves an employer selected again back from the formerly selected', () => {
    const renewed = { ...selectedMunicipality, criteria: [size] };
    const state = fold(selectionDecider, [employerSelected(), employerDeselected(), employerSelected(renewed)]);
    expect(state).toEqual(
      expect.objectContaining({ employers: { [municipality.organisationNumber]: renewed }, formerlySelected: {} }),
    );
  });

  it('replays a deselection of an employer it does not hold as nothing', () => {
    expect(fold(selectionDecider, [employerDeselected()])).toEqual({ status: 'NONE' });
    const selected = fold(selectionDecider, [employerSelected()]);
    expect(fold(selectionDecider, [employerSelected(), employerDeselected(careCompany.organisationNumber)])).toEqual(
      selected,
    );
  });

  it('leaves the state as it is on an event it does not know, selected or not', () => {
    const unknown = { ...employerSelected(), type: 'EmployerRenamed' } as never;
    expect(fold(selectionDecider, [unknown])).toEqual({ status: 'NONE' });
    const selected = fold(selectionDecider, [employerSelected()]);
    expect(fold(selectionDecider, [employerSelected(), unknown])).toEqual(selected);
  });

  it('makes one stable id per area and year, and one stream per selection', () => {
    expect(selectionIdFor('Västra Götaland', 2025)).toBe('vastra-gotaland_2025');
    expect(selectionIdFor(' Jämtland/Härjedalen ', 2026)).toBe('jamtland-harjedalen_2026');
    expect(selectionIdFor('Örebro  län', 2025)).toBe('orebro-lan_2025');
    expect(selectionStream('vastra-gotaland_2025')).toBe('employerSelection-vastra-gotaland_2025');
  });
});
