import { loadExisting, PrepareTools } from '@samverkan/core';
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

type Reads = Pick<PrepareTools, 'load'>;

export const establishedForum = (tools: Reads, forumId: string): Promise<EstablishedForum> =>
  loadExisting(tools, forumStream(forumId), forumDecider, { entity: 'Forum', id: forumId });

export const existingMeeting = (tools: Reads, meetingId: string): Promise<ExistingMeeting> =>
  loadExisting(tools, meetingStream(meetingId), meetingDecider, { entity: 'Meeting', id: meetingId });

export const existingJointAction = (tools: Reads, jointActionId: string): Promise<ExistingJointAction> =>
  loadExisting(tools, jointActionStream(jointActionId), jointActionDecider, {
    entity: 'JointAction',
    id: jointActionId,
  });
