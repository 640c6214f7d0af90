import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { knowledgeGroupMember, TEST_COMMAND_ID } from '@samverkan/core/testing/test-requests';
import { activityStream, momentumModuleEvents } from '../domain';
import {
  ACTIVITY_ID,
  activityPlanned,
  aHeldActivity,
  aPlannedActivity,
  DATE,
  KOMMUN,
  PLACE,
  TITLE,
} from '../domain/testing/momentum.fixtures';
import { activityEndpoint, activityIdFor, namedParticipantId } from './project-activity.endpoint';

const spec = endpointSpecification(activityEndpoint, [momentumModuleEvents]);
const onActivity = (events: typeof aPlannedActivity) => [{ stream: activityStream(ACTIVITY_ID), events }];

const plan = (region?: string) => ({
  type: 'PlanActivity' as const,
  data: {
    kind: 'CONFERENCE' as const,
    title: TITLE,
    organiser: 'FK',
    date: DATE,
    place: PLACE,
    expectedParticipants: 150,
    ...(region ? { region } : {}),
  },
});
const counts = { MANAGER: 2, HR: 1, OTHER: 0 };
/** Who took part, as typed: an agency code with spaces, a municipality's number without the dash, a named speaker. */
const record = {
  type: 'RecordParticipants' as const,
  data: {
    activityId: ACTIVITY_ID,
    organisations: [
      { organisation: ' AV ', participants: counts },
      { organisation: KOMMUN.replace('-', ''), participants: counts },
    ],
    namedParticipants: [{ name: 'Nils Berg', organisation: 'Folkhälsomyndigheten', email: 'nils.berg@example.se' }],
  },
};

describe('The project activity endpoint', () => {
  describe('when staff plan an activity', () => {
    it('plans it under an id minted from the command id', () =>
      spec
        .given()
        .when(plan('Skåne'), knowledgeGroupMember(), { commandId: TEST_COMMAND_ID })
        .then([activityPlanned({ activityId: activityIdFor(TEST_COMMAND_ID), region: 'Skåne' })]));

    it('refuses a region outside the configured list at its field', () =>
      spec.given().when(plan('Atlantis'), knowledgeGroupMember()).thenThrows('BAD_USER_INPUT', { field: 'region' }));
  });

  describe('when staff record who took part', () => {
    const speakerId = namedParticipantId(TEST_COMMAND_ID, 0);

    it('normalises the organisations, and names the participants by derived ids once stored', () =>
      spec
        .given(onActivity(aHeldActivity))
        .when(record, knowledgeGroupMember(), { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'ParticipantsRecorded',
              data: {
                activityId: ACTIVITY_ID,
                organisations: [
                  { organisation: 'AV', participants: counts },
                  { organisation: KOMMUN, participants: counts },
                ],
                namedParticipants: [{ personId: speakerId, organisation: 'Folkhälsomyndigheten' }],
              },
            },
          ],
          ({ persons }) =>
            expect(persons.find(speakerId)).toMatchObject({
              name: 'Nils Berg',
              email: 'nils.berg@example.se',
              organisation: 'Folkhälsomyndigheten',
            }),
        ));

    it('names no one when the activity has not been held', () =>
      spec.given(onActivity(aPlannedActivity)).when(record, knowledgeGroupMember()).thenThrows('ACTIVITY_NOT_HELD'));

    it('names no one on a stale revision', () =>
      spec
        .given(onActivity(aHeldActivity))
        .when(record, knowledgeGroupMember(), { expectedRevision: 0 })
        .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
  });
});
