import { Args } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, MappedMutations, Role } from '@samverkan/auth';
import { CommandResolverOf, Connection, decisionFrom, positionPage, requestFrom } from '@samverkan/core';
import { GetJointActionsQuery, jointActionEndpoint, JointActionRequest, ListJointActionsQuery } from '../application';
import { stockholmDate } from '../domain';
import { ForumQuery } from './forum.resolver';
import {
  AgreeJointActionInput,
  ChangeJointActionDueDateInput,
  CompleteJointActionInput,
  DropJointActionInput,
  JointActionsArgs,
  RecordJointActionProgressInput,
} from './forums.inputs';
import { toJointActionType } from './forums.mapping';
import { JointActionConnection, JointActionPayload, JointActionType } from './forums.types';

/** Joint actions: agreed at a held meeting, followed to done or dropped. */
@CommandResolver(() => JointActionPayload, [Role.FORUM_COORDINATOR])
@MappedMutations<JointActionRequest>({
  recordJointActionProgress: {
    request: requestFrom(
      RecordJointActionProgressInput,
      'RecordJointActionProgress',
      'jointActionId',
      'note',
      'recordedOn',
    ),
  },
  changeJointActionDueDate: {
    description: 'Moves the due date, with the reason.',
    request: decisionFrom(ChangeJointActionDueDateInput, 'ChangeJointActionDueDate', 'jointActionId', 'dueDate'),
  },
  completeJointAction: {
    request: requestFrom(CompleteJointActionInput, 'CompleteJointAction', 'jointActionId', 'doneOn').withGiven('note'),
  },
  dropJointAction: {
    description: 'The action will not be carried out: a decision, with the reason.',
    request: decisionFrom(DropJointActionInput, 'DropJointAction', 'jointActionId', 'droppedOn'),
  },
})
export class JointActionResolver extends CommandResolverOf(jointActionEndpoint) {
  @ForumQuery(() => JointActionConnection, 'jointAction', 'Joint actions, newest first, by forum, status or overdue.')
  async jointActions(@Args() args: JointActionsArgs): Promise<Connection<JointActionType>> {
    const today = stockholmDate(new Date());
    const filter = { ...args.filter, today };
    return positionPage(this.queries, ListJointActionsQuery, filter, args, (r) =>
      toJointActionType(r, today, this.persons),
    );
  }

  @CommandMutation('Agrees a joint action at a held meeting: a decision, with the reason.')
  agreeJointAction(input: AgreeJointActionInput): JointActionRequest {
    const { meetingId, title, description, dueDate, planActivity } = input;
    const data = {
      meetingId,
      title,
      description,
      dueDate,
      owner: { organisation: input.owner.organisation, name: input.owner.name },
      ...(planActivity ? { planActivity: { year: planActivity.year, activityId: planActivity.activityId } } : {}),
    };
    return { type: 'AgreeJointAction', data, reason: input.reason };
  }

  protected async shown(id: string): Promise<Pick<JointActionPayload, 'jointAction'>> {
    const today = stockholmDate(new Date());
    const row = await this.found(GetJointActionsQuery, 'JointAction', id);
    return { jointAction: toJointActionType(row, today, this.persons) };
  }
}
