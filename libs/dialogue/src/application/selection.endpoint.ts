import {
  assertConfiguredRegion,
  entityEndpoint,
  normalisedOrganisationNumber,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { SelectionCommand, selectionDecider, selectionIdFor, selectionStream } from '../domain';

/** The selection (one per area and year) follows from the area and the year. */
export type SelectionRequest =
  | RequestWithout<SelectionCommand<'SelectEmployer'>, 'selectionId'>
  | RequestWith<
      SelectionCommand<'DeselectEmployer'>,
      Omit<SelectionCommand<'DeselectEmployer'>['data'], 'selectionId'> & { area: string; year: number }
    >;

/** The employers FK and AV select for dialogue in an area and year. Organisation numbers are normalised here. */
export const selectionEndpoint = entityEndpoint(
  selectionDecider,
  selectionStream,
  'selectionId',
).byType<SelectionRequest>({
  SelectEmployer(request, tools) {
    const { area, year, employer } = request.data;
    // The areas are the configured regions.
    assertConfiguredRegion(tools, area, 'area');
    const organisationNumber = normalisedOrganisationNumber(employer.organisationNumber);
    const data = {
      selectionId: selectionIdFor(area, year),
      area,
      year,
      employer: { ...employer, organisationNumber },
    };
    return { command: steps.command(request, data, tools) };
  },
  DeselectEmployer(request, tools) {
    const { area, year, organisationNumber } = request.data;
    const data = {
      selectionId: selectionIdFor(area, year),
      organisationNumber: normalisedOrganisationNumber(organisationNumber),
    };
    return { command: steps.command(request, data, tools) };
  },
});
