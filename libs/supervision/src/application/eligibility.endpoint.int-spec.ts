import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { eligibilityStream, supervisionModuleEvents } from '../domain';
import { markedEligible, markEligible, municipality, workplaceInspected } from '../domain/testing/supervision.fixtures';
import { eligibilityEndpoint } from './eligibility.endpoint';
import { inspection, WELFARE_ID } from './testing/supervision.streams';

const spec = endpointSpecification(eligibilityEndpoint, [supervisionModuleEvents]);
const PROCESS = { role: 'SYSTEM', organisation: 'AV' };
const { principalName: _, ...mark } = markEligible.data;
const request = { type: 'MarkPrincipalEligible' as const, data: mark };

describe('The principal eligibility endpoint', () => {
  it('names the principal as the inspection that found the system deficiencies recorded it', () =>
    spec
      .given([inspection([workplaceInspected])])
      .when(request, PROCESS)
      .then([markedEligible]));

  it('falls back on the organisation number when that inspection cannot be read', () =>
    spec
      .given()
      .when(request, PROCESS)
      .then([{ ...markedEligible, data: { ...markedEligible.data, principalName: municipality.organisationNumber } }]));

  it('marks a principal once: marking again changes nothing', () =>
    spec
      .given([
        inspection([workplaceInspected]),
        { stream: eligibilityStream(WELFARE_ID, municipality.organisationNumber), events: [markedEligible] },
      ])
      .when(request, PROCESS)
      .thenNothingHappened());
});
