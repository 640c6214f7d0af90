import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { COLLABORATION_OFFICER } from '@samverkan/core/testing/test-requests';
import { dialogueModuleEvents, selectionStream } from '../domain';
import {
  AREA,
  DESELECTION_REASON,
  employerDeselected,
  employerSelected,
  municipality,
  SELECTION_ID,
  SELECTION_REASON,
  selectedMunicipality,
  YEAR,
} from '../domain/testing/dialogue.fixtures';
import { selectionEndpoint } from './selection.endpoint';

const spec = endpointSpecification(selectionEndpoint, [dialogueModuleEvents]);
/** The number as a user may type it: without the dash. */
const undashed = municipality.organisationNumber.replace('-', '');
const select = (area = AREA) => ({
  type: 'SelectEmployer' as const,
  data: { area, year: YEAR, employer: { ...selectedMunicipality, organisationNumber: undashed } },
  reason: SELECTION_REASON,
});

describe('The employer selection endpoint', () => {
  it('selects into the selection of the area and year, with the organisation number normalised', () =>
    spec.given().when(select(), COLLABORATION_OFFICER).then([employerSelected()]));

  it('refuses an area that is not a configured region, at its field', () =>
    spec.given().when(select('Atlantis'), COLLABORATION_OFFICER).thenThrows('BAD_USER_INPUT', { field: 'area' }));

  it('deselects from the selection of the area and year', () =>
    spec
      .given([{ stream: selectionStream(SELECTION_ID), events: [employerSelected()] }])
      .when(
        {
          type: 'DeselectEmployer',
          data: { area: AREA, year: YEAR, organisationNumber: undashed },
          reason: DESELECTION_REASON,
        },
        COLLABORATION_OFFICER,
      )
      .then([employerDeselected()]));
});
