import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { erasureEndpoint, ErasureRequest } from './erasure.endpoint';
import { erasureStream, privacyModuleEvents } from './person-erasure';

const spec = endpointSpecification(erasureEndpoint, [privacyModuleEvents]);
const person = { id: 'person-1', name: 'Åsa-Lena Öberg', organisation: 'AV' };
const dpo = { role: 'DATA_PROTECTION_OFFICER' };
const erase = (reason = 'Begäran dnr 2025/123'): ErasureRequest => ({
  type: 'ErasePerson',
  data: { personId: person.id },
  reason,
});

describe('The erasure endpoint', () => {
  it('records the erasure with the organisation the directory holds for the person', () =>
    spec
      .given([], [person])
      .when(erase(), dpo)
      .then([{ type: 'PersonErased', data: { personId: person.id, organisation: 'AV' } }]));

  it('does not know a person the directory never held', () =>
    spec.given().when(erase(), dpo).thenThrows('PERSON_NOT_FOUND'));

  it('refuses a reason that names the person, before anything is recorded', () =>
    spec.given([], [person]).when(erase('Begäran från Åsa-Lena Öberg'), dpo).thenThrows('ERASURE_REASON_NAMES_PERSON'));

  it('refuses a second erasure with the domain rule', () =>
    spec
      .given(
        [
          {
            stream: erasureStream(person.id),
            events: [{ type: 'PersonErased', data: { personId: person.id, organisation: 'AV' } }],
          },
        ],
        [person],
      )
      .when(erase(), dpo)
      .thenThrows('PERSON_ALREADY_ERASED'));
});
