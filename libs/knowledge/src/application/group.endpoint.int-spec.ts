import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { knowledgeGroupMember, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { GroupEvent, groupStream, knowledgeModuleEvents } from '../domain';
import {
  aFoundedGroup,
  AGENDA,
  FK,
  GROUP_ID,
  groupFounded,
  meetingPlanned,
  memberRemoved,
  REMOVAL_REASON,
  SOS,
} from '../domain/testing/knowledge.fixtures';
import { groupEndpoint } from './group.endpoint';
import { groupMeetingIdFor } from './knowledge.ids';

const spec = endpointSpecification(groupEndpoint, [knowledgeModuleEvents]);
const group = (events: GroupEvent[]) => [{ stream: groupStream(GROUP_ID), events }];

describe('The knowledge group endpoint', () => {
  it('founds the group today when no day is given', () =>
    spec
      .given()
      .when({ type: 'FoundGroup', data: { groupId: GROUP_ID, host: FK } })
      .then([groupFounded(FK, today())]));

  it('refuses a second founding with the domain rule', () =>
    spec
      .given(group([groupFounded()]))
      .when({ type: 'FoundGroup', data: { groupId: GROUP_ID, host: FK } })
      .thenThrows('GROUP_ALREADY_FOUNDED'));

  it('mints the id of a planned meeting from the command id', () =>
    spec
      .given(group(aFoundedGroup))
      .when(
        {
          type: 'PlanGroupMeeting',
          data: { groupId: GROUP_ID, term: 'HT', year: 2025, date: '2025-10-08', agenda: AGENDA },
        },
        knowledgeGroupMember(),
        { commandId: TEST_COMMAND_ID },
      )
      .then([meetingPlanned(groupMeetingIdFor(TEST_COMMAND_ID))]));

  it('records a member leaving today when no day is given', () =>
    spec
      .given(group(aFoundedGroup))
      .when({ type: 'RemoveGroupMember', data: { groupId: GROUP_ID, code: SOS.code }, reason: REMOVAL_REASON })
      .then([memberRemoved(SOS.code, today())]));

  it('refuses a stale revision, saying which it found', () =>
    spec
      .given(group(aFoundedGroup))
      .when(
        { type: 'CancelGroupMeeting', data: { groupId: GROUP_ID, meetingId: 'm' }, reason: 'r' },
        {},
        { expectedRevision: 1 },
      )
      .thenThrows('CONFLICT', { details: { expected: 1, actual: 3 } }));
});
