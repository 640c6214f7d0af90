import { NotFoundError, PrepareTools } from '@samverkan/core';
import {
  EstablishedForum,
  ExistingJointAction,
  ExistingMeeting,
  forumDecider,
  forumStream,
  jointActionDecider,
  jointActionStream,
  meetingDecider,
  meetingStream,
} from '../domain';

/** What the endpoints read of other streams before a command is built: each read is NOT_FOUND when the entity is not there. */

export async function establishedForum(tools: Pick<PrepareTools, 'load'>, forumId: string): Promise<EstablishedForum> {
  const { state } = await tools.load(forumStream(forumId), forumDecider);
  if (state.status === 'NONE') throw new NotFoundError('Forum', forumId);
  return state;
}

export async function existingMeeting(tools: Pick<PrepareTools, 'load'>, meetingId: string): Promise<ExistingMeeting> {
  const { state } = await tools.load(meetingStream(meetingId), meetingDecider);
  if (state.status === 'NONE') throw new NotFoundError('Meeting', meetingId);
  return state;
}

export async function existingJointAction(
  tools: Pick<PrepareTools, 'load'>,
  jointActionId: string,
): Promise<ExistingJointAction> {
  const { state } = await tools.load(jointActionStream(jointActionId), jointActionDecider);
  if (state.status === 'NONE') throw new NotFoundError('JointAction', jointActionId);
  return state;
}
