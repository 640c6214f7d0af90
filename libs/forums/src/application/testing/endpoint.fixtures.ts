import { DomainEvent, RequestOptions } from '@samverkan/core';
import { GivenStream, TestSender } from '@samverkan/core/testing/endpoint-specification';
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

/**
 * A request an endpoint refuses, as a table row: the test's name, the streams before, who sends, the
 * rule code. A table whose test reads `options` gives them in every row: jest takes a test function
 * with more parameters than the row has values for one that waits for `done`.
 */
export type Refusal = [title: string, given: GivenStream[], by: TestSender, code: string, options?: RequestOptions];
