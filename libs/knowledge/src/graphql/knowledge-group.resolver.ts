import {} from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, Role } from '@samverkan/auth';
import { CommandResolverOf, fieldsOf, NotFoundError } from '@samverkan/core';
import { GetGroupQuery, groupEndpoint, GroupRequest } from '../application';
import { NATIONAL_GROUP_ID } from '../domain';
import { GroupDoc } from '../read-model/knowledge.documents';
import { Versioned } from '../read-model/knowledge.queries';
import {
  AdmitGroupMemberInput,
  CancelGroupMeetingInput,
  FoundKnowledgeGroupInput,
  HoldGroupMeetingInput,
  PlanGroupMeetingInput,
  RemoveGroupMemberInput,
} from './knowledge.inputs';
import { toGroupType } from './knowledge.mapping';
import { KnowledgeGroupPayload, KnowledgeGroupType } from './knowledge.types';

/** The national knowledge group: founded by the steering group, its members over time and its meetings. */
@CommandResolver(() => KnowledgeGroupPayload, [Role.KNOWLEDGE_GROUP, Role.STEERING_GROUP])
export class KnowledgeGroupResolver extends CommandResolverOf(groupEndpoint) {
  @ContentQuery(
    () => KnowledgeGroupType,
    'knowledgeGroup',
    'The national group: members over time, meetings, meetings per term.',
  )
  async knowledgeGroup(): Promise<KnowledgeGroupType> {
    return toGroupType(await this.groupDoc());
  }

  @CommandMutation({ description: 'Founds the national group, hosted by FK.', roles: [Role.STEERING_GROUP] })
  foundKnowledgeGroup(input: FoundKnowledgeGroupInput): GroupRequest {
    return {
      type: 'FoundGroup',
      data: { groupId: NATIONAL_GROUP_ID, host: { ...input.host }, foundedOn: input.foundedOn },
    };
  }

  @CommandMutation()
  admitGroupMember(input: AdmitGroupMemberInput): GroupRequest {
    return {
      type: 'AdmitGroupMember',
      data: { groupId: NATIONAL_GROUP_ID, member: { ...input.member }, joinedOn: input.joinedOn },
    };
  }

  @CommandMutation('An organisation leaves the group: a decision, with the reason.')
  removeGroupMember(input: RemoveGroupMemberInput): GroupRequest {
    const data = { groupId: NATIONAL_GROUP_ID, code: input.code, leftOn: input.leftOn };
    return { type: 'RemoveGroupMember', data, reason: input.reason };
  }

  @CommandMutation('Plans a meeting of the group inside its term.')
  planGroupMeeting(input: PlanGroupMeetingInput): GroupRequest {
    const data = { groupId: NATIONAL_GROUP_ID, ...fieldsOf(input, 'term', 'year', 'date'), agenda: [...input.agenda] };
    return { type: 'PlanGroupMeeting', data };
  }

  @CommandMutation()
  holdGroupMeeting(input: HoldGroupMeetingInput): GroupRequest {
    const data = { groupId: NATIONAL_GROUP_ID, ...fieldsOf(input, 'meetingId', 'heldOn'), present: [...input.present] };
    return { type: 'HoldGroupMeeting', data };
  }

  @CommandMutation('Cancels a planned meeting: a decision, with the reason.')
  cancelGroupMeeting(input: CancelGroupMeetingInput): GroupRequest {
    return {
      type: 'CancelGroupMeeting',
      data: { groupId: NATIONAL_GROUP_ID, meetingId: input.meetingId },
      reason: input.reason,
    };
  }

  protected async shown(): Promise<Pick<KnowledgeGroupPayload, 'group'>> {
    return { group: toGroupType(await this.groupDoc()) };
  }

  private async groupDoc(): Promise<Versioned<GroupDoc>> {
    const row = await this.queries.execute(new GetGroupQuery(NATIONAL_GROUP_ID));
    if (!row) throw new NotFoundError('KnowledgeGroup', NATIONAL_GROUP_ID);
    return row;
  }
}
