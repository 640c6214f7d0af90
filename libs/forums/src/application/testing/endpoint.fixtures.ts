import { DomainEvent } from '@samverkan/core';
import { GivenStream } from '@samverkan/core/testing/endpoint-specification';
import { forumStream, jointActionStream, meetingStream } from '../../domain';
import { FORUM_ID, JOINT_ACTION_ID, MEETING_ID } from '../../domain/testing/forums.fixtures';

/** The streams of the decider fixtures' forum, meeting and joint action, for the endpoints' given(). */
export const onForum = (events: DomainEvent[]): GivenStream => ({ stream: forumStream(FORUM_ID), events });
export const onMeeting = (events: DomainEvent[]): GivenStream => ({ stream: meetingStream(MEETING_ID), events });
export const onJointAction = (events: DomainEvent[]): GivenStream => ({
  stream: jointActionStream(JOINT_ACTION_ID),
  events,
});

/** The command id of a request whose derived ids a test names. */
export const COMMAND_ID = '6f1d1c8e-3b7a-4c52-9a0e-2d4b8e7f1a90';

/** Who sends: a coordinator of the fixtures' forum, one of another forum, the steering group. */
export const COORDINATOR = { role: 'FORUM_COORDINATOR', forums: [FORUM_ID] };
export const OTHER_COORDINATOR = { role: 'FORUM_COORDINATOR', forums: ['syd'] };
export const STEERING_GROUP = { role: 'STEERING_GROUP' };
