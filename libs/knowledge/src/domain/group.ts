import { Decider, handled, stated, notStarted } from '@samverkan/core/domain';
import { GroupCommand, GroupEvent } from './group.commands';
import { decideGroup } from './group.decide';
import { evolveGroup, GroupState } from './group.state';

export type {
  ActiveGroup,
  FormerMembership,
  GroupMeeting,
  GroupMeetingStatus,
  GroupMember,
  GroupState,
  GroupStatus,
} from './group.state';

/** One stream per group (there is one: NATIONAL_GROUP_ID); the category `knowledgeGroup` holds no dash. */
export function groupStream(groupId: string): string {
  return `knowledgeGroup-${groupId}`;
}

export const groupDecider: Decider<GroupCommand, GroupEvent, GroupState> = {
  initialState: notStarted,
  evolve: evolveGroup,
  decide: decideGroup,
  worldTimes: {
    FoundGroup: stated('foundedOn'),
    AdmitGroupMember: stated('joinedOn'),
    RemoveGroupMember: stated('leftOn'),
    PlanGroupMeeting: handled,
    HoldGroupMeeting: stated('heldOn'),
    CancelGroupMeeting: handled,
  },
};
