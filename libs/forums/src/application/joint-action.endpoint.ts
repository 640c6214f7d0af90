import {
  commandEndpoint,
  DatedRequest,
  PlainRequest,
  Prepared,
  PrepareTools,
  RequestWith,
  steps,
} from '@samverkan/core';
import { JointActionCommand, jointActionDecider, jointActionStream } from '../domain';
import { assertMayActOn } from './forum-access';
import { existingJointAction, existingMeeting } from './forums.reads';
import { jointActionIdFor, namedPerson } from './forums.requests';

/**
 * A joint action to agree at a meeting: the endpoint reads the meeting (its forum, status and day)
 * and mints the action's id; a named owner goes to the person directory only.
 */
export type AgreeJointActionRequest = RequestWith<
  JointActionCommand<'AgreeJointAction'>,
  Omit<JointActionCommand<'AgreeJointAction'>['data'], 'jointActionId' | 'forumId' | 'meeting' | 'owner'> & {
    meetingId: string;
    owner: { organisation: string; name?: string | null };
  }
>;

/** A request on an agreed action: the action's forum is read first, for the forum access check. */
type LaterRequest =
  | DatedRequest<JointActionCommand<'RecordJointActionProgress'>, 'recordedOn'>
  | PlainRequest<JointActionCommand<'ChangeJointActionDueDate'>>
  | DatedRequest<JointActionCommand<'CompleteJointAction'>, 'doneOn'>
  | DatedRequest<JointActionCommand<'DropJointAction'>, 'droppedOn'>;

export type JointActionRequest = AgreeJointActionRequest | LaterRequest;

const laterSteps = steps.byType<LaterRequest, JointActionCommand>({
  RecordJointActionProgress: steps.dated('recordedOn'),
  ChangeJointActionDueDate: steps.plain,
  CompleteJointAction: steps.dated('doneOn'),
  DropJointAction: steps.dated('droppedOn'),
});

/** A joint action's way in; only the steering group or a coordinator of the action's forum acts on it. */
export const jointActionEndpoint = commandEndpoint({
  name: 'jointAction',
  decider: jointActionDecider,
  streamOf: (command: JointActionCommand) => jointActionStream(command.data.jointActionId),
  async prepare(request: JointActionRequest, tools): Promise<Prepared<JointActionCommand>> {
    if (request.type === 'AgreeJointAction') return agreed(request, tools);
    const action = await existingJointAction(tools, request.data.jointActionId);
    assertMayActOn(tools.sender, action.forumId);
    return laterSteps(request, tools);
  },
});

async function agreed(request: AgreeJointActionRequest, tools: PrepareTools): Promise<Prepared<JointActionCommand>> {
  const { meetingId, owner, ...agreement } = request.data;
  const meeting = await existingMeeting(tools, meetingId);
  assertMayActOn(tools.sender, meeting.forumId);
  const person = owner.name
    ? namedPerson(tools.commandId, 'owner', { name: owner.name, organisation: owner.organisation })
    : undefined;
  const data = {
    ...agreement,
    jointActionId: jointActionIdFor(tools.commandId),
    forumId: meeting.forumId,
    meeting: { meetingId, forumId: meeting.forumId, status: meeting.status, heldOn: meeting.heldOn },
    owner: { organisation: owner.organisation, ...(person ? { personId: person.id } : {}) },
  };
  return { command: steps.command(request, data, tools), people: person ? [person] : [] };
}
