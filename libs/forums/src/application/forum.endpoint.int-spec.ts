import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { STEERING_GROUP, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { forumsModuleEvents } from '../domain';
import {
  admitted,
  established,
  FORUM_ID,
  homeCare,
  municipality,
  withMembers,
} from '../domain/testing/forums.fixtures';
import { forumEndpoint } from './forum.endpoint';
import { namedPerson } from './forums.requests';
import { COORDINATOR, itRefuses, neverStarted, onForum, otherCoordinatorRefused } from './testing/endpoint.fixtures';

const spec = endpointSpecification(forumEndpoint, [forumsModuleEvents]);
const { forumId, name, region } = established.data;
/** The municipality's number as a coordinator may type it: no dash, spaces around. */
const TYPED_NUMBER = ` ${municipality.organisationNumber.replace('-', '')} `;
const representativeId = namedPerson(TEST_COMMAND_ID, 'representative', {}).id;
const addRepresentative = {
  type: 'AddRepresentative' as const,
  data: {
    forumId: FORUM_ID,
    organisationNumber: TYPED_NUMBER,
    role: 'HR' as const,
    name: 'Karin Ek',
    email: 'karin.ek@example.se',
  },
};

describe('The forum endpoint', () => {
  describe('when the steering group establishes a forum', () => {
    it('seats 25 and dates it today when the request leaves those out', () =>
      spec
        .given()
        .when({ type: 'EstablishForum', data: { forumId, name, region } }, STEERING_GROUP)
        .then([
          {
            type: 'ForumEstablished',
            data: { forumId, name, region, capacity: 25, establishedOn: today() },
          },
        ]));

    it('refuses a region outside the configured list at its field', () =>
      spec
        .given()
        .when({ type: 'EstablishForum', data: { forumId, name, region: 'Atlantis' } }, STEERING_GROUP)
        .thenThrows('BAD_USER_INPUT', { field: 'region' }));
  });

  describe('when a coordinator admits an employer', () => {
    const admit = {
      type: 'AdmitMember' as const,
      data: {
        forumId: FORUM_ID,
        employer: { ...homeCare, organisationNumber: '5560360793', industry: ' 88.101 ' },
        joinedOn: '2024-10-01',
      },
    };

    it('stores the organisation number and SNI code normalised', () =>
      spec
        .given([onForum([established])])
        .when(admit, COORDINATOR)
        .then([admitted(homeCare)]));

    itRefuses(spec, admit, [
      otherCoordinatorRefused('refuses a coordinator whose token names another forum', [onForum([established])]),
      neverStarted('finds no forum that was never established', 'FORUM_NOT_FOUND'),
    ]);
  });

  describe('when a coordinator adds a representative', () => {
    it('records a person id derived from the command id, and names the person once the event is stored', () =>
      spec
        .given([onForum(withMembers)])
        .when(addRepresentative, COORDINATOR, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'RepresentativeAdded',
              data: {
                forumId: FORUM_ID,
                organisationNumber: municipality.organisationNumber,
                personId: representativeId,
                role: 'HR',
              },
            },
          ],
          ({ persons }) =>
            expect(persons.find(representativeId)).toMatchObject({
              name: 'Karin Ek',
              email: 'karin.ek@example.se',
              organisation: municipality.organisationNumber,
            }),
        ));

    itRefuses(spec, addRepresentative, [
      [
        'names no one when the employer is not a member',
        [onForum([established])],
        COORDINATOR,
        'NOT_A_MEMBER',
        { commandId: TEST_COMMAND_ID },
      ],
      otherCoordinatorRefused('names no one when the coordinator may not act on the forum', [onForum(withMembers)]),
    ]);

    it('names no one on a stale revision, and says which revision it found', () =>
      spec
        .given([onForum(withMembers)])
        .when(addRepresentative, COORDINATOR, { expectedRevision: 1 })
        .thenThrows('CONFLICT', { details: { expected: 1, actual: 4 } }));
  });

  describe('when a coordinator resigns a member', () => {
    it('finds the member by the number as typed, and dates the leaving today when left out', () =>
      spec
        .given([onForum([established, admitted(municipality)])])
        .when(
          {
            type: 'ResignMember',
            data: { forumId: FORUM_ID, organisationNumber: TYPED_NUMBER },
            reason: 'Omorganisation',
          },
          COORDINATOR,
        )
        .then([
          {
            type: 'MemberResigned',
            data: {
              forumId: FORUM_ID,
              organisationNumber: municipality.organisationNumber,
              leftOn: today(),
              reason: 'Omorganisation',
              representativeIds: [],
            },
          },
        ]));
  });
});
