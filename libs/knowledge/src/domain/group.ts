import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideGroup } from './group.decide';
import { evolveGroup } from './group.state';

/** One stream per group (there is one: NATIONAL_GROUP_ID). */
export const groupStream = streamOfCategory('knowledgeGroup');

export const groupDecider = entityDecider(evolveGroup, decideGroup, {
  FoundGroup: stated('foundedOn'),
  AdmitGroupMember: stated('joinedOn'),
  RemoveGroupMember: stated('leftOn'),
  PlanGroupMeeting: handled,
  HoldGroupMeeting: stated('heldOn'),
  CancelGroupMeeting: handled,
});
