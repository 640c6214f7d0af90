import { DatedRequest, entityEndpoint, PlainRequest, RequestWithout, steps } from '@samverkan/core';
import { GroupCommand, groupDecider, groupStream } from '../domain';
import { groupMeetingIdFor } from './knowledge.ids';

/** Days left out are the day the request is handled. */
export type GroupRequest =
  | DatedRequest<GroupCommand<'FoundGroup'>, 'foundedOn'>
  | DatedRequest<GroupCommand<'AdmitGroupMember'>, 'joinedOn'>
  | DatedRequest<GroupCommand<'RemoveGroupMember'>, 'leftOn'>
  | RequestWithout<GroupCommand<'PlanGroupMeeting'>, 'meetingId'>
  | DatedRequest<GroupCommand<'HoldGroupMeeting'>, 'heldOn'>
  | PlainRequest<GroupCommand<'CancelGroupMeeting'>>;

/** The national group's way in: members over time and its meetings. */
export const groupEndpoint = entityEndpoint(groupDecider, groupStream, 'groupId').byType<GroupRequest>({
  FoundGroup: steps.dated('foundedOn'),
  AdmitGroupMember: steps.dated('joinedOn'),
  RemoveGroupMember: steps.dated('leftOn'),
  PlanGroupMeeting: (request, tools) => ({
    command: steps.command(request, { ...request.data, meetingId: groupMeetingIdFor(tools.commandId) }, tools),
  }),
  HoldGroupMeeting: steps.dated('heldOn'),
  CancelGroupMeeting: steps.plain,
});
