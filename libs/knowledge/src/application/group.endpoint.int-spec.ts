import { stockholmDate } from '@samverkan/core/domain';
import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
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
import { groupEndpoint, groupMeetingIdFor } from './group.endpoint';

const spec = endpointSpecification(groupEndpoint, [knowledgeModuleEvents]);
const commandId = '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091';
const group = (events: GroupEvent[]) => [{ stream: groupStream(GROUP_ID), events }];
const today = () => stockholmDate(new Date());

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
        { role: 'KNOWLEDGE_GROUP' },
        { commandId },
      )
      .then([meetingPlanned(groupMeetingIdFor(commandId))]));

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
