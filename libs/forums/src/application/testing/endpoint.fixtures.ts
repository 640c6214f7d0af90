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

/** A request an endpoint refuses, as a table row: the test's name, the streams before, who sends, the rule code. */
export type Refusal = [title: string, given: GivenStream[], by: TestSender, code: string, options?: RequestOptions];

/** A refusal of a coordinator whose token names another forum: the row tests where the forum is read from. */
export const otherCoordinatorRefused = (title: string, given: GivenStream[]): Refusal => [
  title,
  given,
  OTHER_COORDINATOR,
  'FORBIDDEN',
];

/** A refusal of a request that names an entity whose stream never started: `code` is its NOT_FOUND. */
export const neverStarted = (title: string, code: string): Refusal => [title, [], COORDINATOR, code];

/** The part of an endpoint specification the refusal tables use. */
interface RefusingSpecification<R> {
  given(streams: GivenStream[]): {
    when(request: R, by: TestSender, options?: RequestOptions): { thenThrows(code: string): Promise<unknown> };
  };
}

/**
 * One test per row: `request`, sent by the row's sender onto the row's streams, is refused with the
 * row's code. The test reads its row as a rest parameter, so jest does not take it for one that waits
 * for `done` when a row gives no options.
 */
export function itRefuses<R>(spec: RefusingSpecification<R>, request: R, rows: Refusal[]): void {
  it.each<Refusal>(rows)('%s', (...[, given, by, code, options]: Refusal) =>
    spec.given(given).when(request, by, options).thenThrows(code),
  );
}
