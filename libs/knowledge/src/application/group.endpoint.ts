import { commandEndpoint, entityIdFor, PlainRequest, plainCommand, Prepared } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import {
  AdmitGroupMember,
  CancelGroupMeeting,
  FoundGroup,
  GroupCommand,
  groupDecider,
  groupStream,
  HoldGroupMeeting,
  IsoDate,
  PlanGroupMeeting,
  RemoveGroupMember,
} from '../domain';

/** The meeting a plan creates: its id follows from the command id, so a retry plans the same meeting. */
export const groupMeetingIdFor = (commandId: string): string => entityIdFor(commandId);

/** A request whose day of the fact defaults to today (Stockholm) when the sender gives none. */
type Dated<C extends GroupCommand, K extends keyof C['data']> = Omit<C, 'metadata' | 'data'> & {
  data: Omit<C['data'], K> & { [F in K]?: IsoDate };
};

export type GroupRequest =
  | Dated<FoundGroup, 'foundedOn'>
  | Dated<AdmitGroupMember, 'joinedOn'>
  | Dated<RemoveGroupMember, 'leftOn'>
  | (Omit<PlanGroupMeeting, 'metadata' | 'data'> & { data: Omit<PlanGroupMeeting['data'], 'meetingId'> })
  | Dated<HoldGroupMeeting, 'heldOn'>
  | PlainRequest<CancelGroupMeeting>;

/** The national group's way in: members over time and its meetings. */
export const groupEndpoint = commandEndpoint({
  name: 'knowledgeGroup',
  decider: groupDecider,
  streamOf: (command: GroupCommand) => groupStream(command.data.groupId),
  prepare(request: GroupRequest, tools): Prepared<GroupCommand> {
    const today = stockholmDate(tools.metadata.now);
    const command = (data: GroupCommand['data']) => ({
      command: { ...request, data, metadata: tools.metadata } as GroupCommand,
    });
    switch (request.type) {
      case 'FoundGroup':
        return command({ ...request.data, foundedOn: request.data.foundedOn ?? today });
      case 'AdmitGroupMember':
        return command({ ...request.data, joinedOn: request.data.joinedOn ?? today });
      case 'RemoveGroupMember':
        return command({ ...request.data, leftOn: request.data.leftOn ?? today });
      case 'PlanGroupMeeting':
        return command({ ...request.data, meetingId: groupMeetingIdFor(tools.commandId) });
      case 'HoldGroupMeeting':
        return command({ ...request.data, heldOn: request.data.heldOn ?? today });
      default:
        return { command: plainCommand<GroupCommand>(request, tools) };
    }
  },
});
