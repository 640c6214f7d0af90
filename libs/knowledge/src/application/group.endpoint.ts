import { commandEndpoint, DatedRequest, entityIdFor, PlainRequest, RequestWithout, steps } from '@samverkan/core';
import {
  AdmitGroupMember,
  CancelGroupMeeting,
  FoundGroup,
  GroupCommand,
  groupDecider,
  groupStream,
  HoldGroupMeeting,
  PlanGroupMeeting,
  RemoveGroupMember,
} from '../domain';

/** The meeting a plan creates: its id follows from the command id, so a retry plans the same meeting. */
export const groupMeetingIdFor = (commandId: string): string => entityIdFor(commandId);

/** Days left out are the day the request is handled. */
export type GroupRequest =
  | DatedRequest<FoundGroup, 'foundedOn'>
  | DatedRequest<AdmitGroupMember, 'joinedOn'>
  | DatedRequest<RemoveGroupMember, 'leftOn'>
  | RequestWithout<PlanGroupMeeting, 'meetingId'>
  | DatedRequest<HoldGroupMeeting, 'heldOn'>
  | PlainRequest<CancelGroupMeeting>;

/** The national group's way in: members over time and its meetings. */
export const groupEndpoint = commandEndpoint({
  name: 'knowledgeGroup',
  decider: groupDecider,
  streamOf: (command: GroupCommand) => groupStream(command.data.groupId),
  prepare: steps.byType<GroupRequest, GroupCommand>({
    FoundGroup: steps.dated('foundedOn'),
    AdmitGroupMember: steps.dated('joinedOn'),
    RemoveGroupMember: steps.dated('leftOn'),
    PlanGroupMeeting: (request, tools) => ({
      command: steps.command(request, { ...request.data, meetingId: groupMeetingIdFor(tools.commandId) }, tools),
    }),
    HoldGroupMeeting: steps.dated('heldOn'),
    CancelGroupMeeting: steps.plain,
  }),
});
