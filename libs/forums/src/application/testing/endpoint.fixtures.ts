import { DomainEvent } from '@samverkan/core';
import { GivenStream } from '@samverkan/core/testing/endpoint-specification';
import { forumCoordinator } from '@samverkan/core/testing/test-requests';
import { forumStream, jointActionStream, meetingStream } from '../../domain';
import { FORUM_ID, JOINT_ACTION_ID, MEETING_ID } from '../../domain/testing/forums.fixtures';

/** The streams of the decider fixtures' forum, meeting and joint action, for the endpoints' given(). */
export const onForum = (events: DomainEvent[]): GivenStream => ({ stream: forumStream(FORUM_ID), events });
export const onMeeting = (events: DomainEvent[]): GivenStream => ({ stream: meetingStream(MEETING_ID), events });
export const onJointAction = (events: DomainEvent[]): GivenStream => ({
  stream: jointActionStream(JOINT_ACTION_ID),
  events,
});

/** Who sends: a coordinator of the fixtures' forum, one of another forum. */
export const COORDINATOR = forumCoordinator(FORUM_ID);
export const OTHER_COORDINATOR = forumCoordinator('syd');
