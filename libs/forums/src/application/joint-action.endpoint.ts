import { commandEndpoint, PlainRequest, plainCommand, Prepared } from '@samverkan/core';
import {
  AgreeJointAction,
  ChangeJointActionDueDate,
  CompleteJointAction,
  DropJointAction,
  JointActionCommand,
  jointActionDecider,
  jointActionStream,
  RecordJointActionProgress,
} from '../domain';
import { assertMayActOn } from './forum-access';
import { existingJointAction, existingMeeting } from './forums.reads';
import { dayOr, jointActionIdFor, namedPerson, RequestLeaving } from './forums.requests';

/**
 * A joint action to agree at a meeting: the endpoint reads the meeting (its forum, status and day)
 * and mints the action's id; a named owner goes to the person directory only.
 */
export type AgreeJointActionRequest = Omit<AgreeJointAction, 'metadata' | 'data'> & {
  data: Omit<AgreeJointAction['data'], 'jointActionId' | 'forumId' | 'meeting' | 'owner'> & {
    meetingId: string;
    owner: { organisation: string; name?: string | null };
  };
};

export type JointActionRequest =
  | AgreeJointActionRequest
  | RequestLeaving<RecordJointActionProgress, 'recordedOn'>
  | PlainRequest<ChangeJointActionDueDate>
  | RequestLeaving<CompleteJointAction, 'doneOn'>
  | RequestLeaving<DropJointAction, 'droppedOn'>;

/** A joint action's way in; only the steering group or a coordinator of the action's forum acts on it. */
export const jointActionEndpoint = commandEndpoint({
  name: 'jointAction',
  decider: jointActionDecider,
  streamOf: (command: JointActionCommand) => jointActionStream(command.data.jointActionId),
  async prepare(request: JointActionRequest, tools): Promise<Prepared<JointActionCommand>> {
    const { metadata } = tools;
    if (request.type === 'AgreeJointAction') {
      const { meetingId, owner, ...agreed } = request.data;
      const meeting = await existingMeeting(tools, meetingId);
      assertMayActOn(tools.sender, meeting.forumId);
      const person = owner.name
        ? namedPerson(tools.commandId, 'owner', { name: owner.name, organisation: owner.organisation })
        : undefined;
      const data = {
        ...agreed,
        jointActionId: jointActionIdFor(tools.commandId),
        forumId: meeting.forumId,
        meeting: { meetingId, forumId: meeting.forumId, status: meeting.status, heldOn: meeting.heldOn },
        owner: { organisation: owner.organisation, ...(person ? { personId: person.id } : {}) },
      };
      return { command: { ...request, data, metadata }, people: person ? [person] : [] };
    }
    const action = await existingJointAction(tools, request.data.jointActionId);
    assertMayActOn(tools.sender, action.forumId);
    switch (request.type) {
      case 'RecordJointActionProgress':
        return {
          command: {
            ...request,
            data: { ...request.data, recordedOn: dayOr(request.data.recordedOn, tools) },
            metadata,
          },
        };
      case 'CompleteJointAction':
        return {
          command: { ...request, data: { ...request.data, doneOn: dayOr(request.data.doneOn, tools) }, metadata },
        };
      case 'DropJointAction':
        return {
          command: { ...request, data: { ...request.data, droppedOn: dayOr(request.data.droppedOn, tools) }, metadata },
        };
      default:
        return { command: plainCommand<JointActionCommand>(request, tools) };
    }
  },
});
