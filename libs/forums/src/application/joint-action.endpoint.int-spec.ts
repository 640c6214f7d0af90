import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { forumsModuleEvents } from '../domain';
import {
  aCancelledMeeting,
  aHeldMeeting,
  agreeJointAction,
  anAgreedAction,
  FORUM_ID,
  JOINT_ACTION_ID,
  MEETING_ID,
} from '../domain/testing/forums.fixtures';
import { jointActionEndpoint } from './joint-action.endpoint';
import { jointActionIdFor, namedPerson } from './forums.requests';
import {
  COORDINATOR,
  itRefuses,
  neverStarted,
  onJointAction,
  onMeeting,
  otherCoordinatorRefused,
} from './testing/endpoint.fixtures';

const spec = endpointSpecification(jointActionEndpoint, [forumsModuleEvents]);
const ownerId = namedPerson(TEST_COMMAND_ID, 'owner', {}).id;
const { title, description, dueDate, planActivity } = agreeJointAction.data;
/** The fixtures' action as the coordinator agrees it: at the held meeting, owned by a named person at FK. */
const agree = {
  type: 'AgreeJointAction' as const,
  data: {
    meetingId: MEETING_ID,
    title,
    description,
    owner: { organisation: 'FK', name: 'Sara Holm' },
    dueDate,
    planActivity,
  },
  reason: agreeJointAction.reason,
};
const complete = { type: 'CompleteJointAction' as const, data: { jointActionId: JOINT_ACTION_ID } };

describe('The joint action endpoint', () => {
  describe('when a coordinator agrees an action at a meeting', () => {
    it('takes the forum and the meeting’s day from the meeting, mints the id and names the owner once stored', () =>
      spec
        .given([onMeeting(aHeldMeeting)])
        .when(agree, COORDINATOR, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'JointActionAgreed',
              data: {
                jointActionId: jointActionIdFor(TEST_COMMAND_ID),
                forumId: FORUM_ID,
                meetingId: MEETING_ID,
                title,
                description,
                owner: { organisation: 'FK', personId: ownerId },
                dueDate,
                planActivity,
              },
            },
          ],
          ({ persons }) => expect(persons.find(ownerId)).toMatchObject({ name: 'Sara Holm', organisation: 'FK' }),
        ));

    itRefuses(spec, agree, [
      [
        'names no owner when the meeting was cancelled rather than held',
        [onMeeting(aCancelledMeeting)],
        COORDINATOR,
        'JOINT_ACTION_NEEDS_HELD_MEETING',
      ],
      otherCoordinatorRefused('names no owner when the meeting is of a forum the coordinator’s token does not name', [
        onMeeting(aHeldMeeting),
      ]),
      neverStarted('finds no meeting that was never planned', 'MEETING_NOT_FOUND'),
    ]);
  });

  describe('when a coordinator follows an action up', () => {
    it('completes it today when the day is left out', () =>
      spec
        .given([onJointAction(anAgreedAction)])
        .when(complete, COORDINATOR)
        .then([
          {
            type: 'JointActionCompleted',
            data: { jointActionId: JOINT_ACTION_ID, forumId: FORUM_ID, doneOn: today() },
          },
        ]));

    itRefuses(spec, complete, [
      otherCoordinatorRefused('reads whose forum the action is from the action itself', [
        onJointAction(anAgreedAction),
      ]),
      neverStarted('finds no action that was never agreed', 'JOINT_ACTION_NOT_FOUND'),
    ]);

    it('refuses a stale revision', () =>
      spec
        .given([onJointAction(anAgreedAction)])
        .when(complete, COORDINATOR, { expectedRevision: 3 })
        .thenThrows('CONFLICT', { details: { expected: 3, actual: 0 } }));
  });
});
