import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ContentOf, CorrelationId, CurrentActor, GrantedForums, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, entityIdFor, NotFoundError, payloadFields, PersonDirectory, positionCursor, toConnection,
} from '@samverkan/core';
import { GetJointActionsQuery, ListJointActionsQuery, RunJointActionCommand } from '../application';
import { JointActionCommand, stockholmDate } from '../domain';
import { JointActionDoc } from '../read-model/forums.documents';
import { Versioned } from '../read-model/forums.queries';
import { FORUM_READERS } from './forum.resolver';
import {
  AgreeJointActionInput, ChangeJointActionDueDateInput, CompleteJointActionInput, DropJointActionInput, JointActionsArgs,
  RecordJointActionProgressInput,
} from './forums.inputs';
import { toJointActionType } from './forums.mapping';
import { JointActionConnection, JointActionPayload, JointActionType } from './forums.types';

/** Joint actions: agreed at a held meeting, followed to done or dropped. */
@Resolver(() => JointActionType)
export class JointActionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => JointActionConnection, { description: 'Joint actions, newest first, by forum, status or overdue.' })
  @Roles(...FORUM_READERS)
  @ContentOf('jointAction')
  async jointActions(@Args() { first, after, filter = {} }: JointActionsArgs): Promise<Connection<JointActionType>> {
    const today = stockholmDate(new Date());
    const before = positionCursor(after);
    const rows = await this.queries.execute<ListJointActionsQuery, Versioned<JointActionDoc>[]>(
      new ListJointActionsQuery({ ...filter, today }, before, first + 1),
    );
    return toConnection(rows, first, (r) => r.doc.position, (r) => toJointActionType(r, today, this.persons));
  }

  @Mutation(() => JointActionPayload, { description: 'Agrees a joint action at a held meeting: a decision, with the reason.' })
  @Roles(Role.FORUM_COORDINATOR)
  agreeJointAction(@Args('input') input: AgreeJointActionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const base = commandContext(actor, cid, input);
    const personId = input.owner.name ? `person-${entityIdFor(base.commandId, 'owner')}` : undefined;
    // The owner's name goes to the directory only once the action is agreed: the pipeline writes it.
    const context = personId ? { ...base, people: [{ id: personId, fields: { name: input.owner.name, organisation: input.owner.organisation } }] } : base;
    return this.run(
      {
        type: 'AgreeJointAction',
        data: {
          jointActionId: entityIdFor(context.commandId),
          // Forum and meeting status are read by the handler from the meeting's stream.
          forumId: '',
          meeting: { meetingId: input.meetingId, forumId: '', status: 'NONE' },
          title: input.title,
          description: input.description,
          owner: { organisation: input.owner.organisation, ...(personId ? { personId } : {}) },
          dueDate: input.dueDate,
          ...(input.planActivity ? { planActivity: { ...input.planActivity } } : {}),
        },
        metadata: { now: new Date() },
        reason: input.reason,
      },
      context, actor, forums,
    );
  }

  @Mutation(() => JointActionPayload)
  @Roles(Role.FORUM_COORDINATOR)
  recordJointActionProgress(@Args('input') input: RecordJointActionProgressInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      { type: 'RecordJointActionProgress', data: { jointActionId: input.jointActionId, note: input.note, recordedOn: input.recordedOn ?? stockholmDate(now) }, metadata: { now } },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => JointActionPayload, { description: 'Moves the due date, with the reason.' })
  @Roles(Role.FORUM_COORDINATOR)
  changeJointActionDueDate(@Args('input') input: ChangeJointActionDueDateInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      { type: 'ChangeJointActionDueDate', data: { jointActionId: input.jointActionId, dueDate: input.dueDate }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => JointActionPayload)
  @Roles(Role.FORUM_COORDINATOR)
  completeJointAction(@Args('input') input: CompleteJointActionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      {
        type: 'CompleteJointAction',
        data: { jointActionId: input.jointActionId, doneOn: input.doneOn ?? stockholmDate(now), ...(input.note ? { note: input.note } : {}) },
        metadata: { now },
      },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => JointActionPayload, { description: 'The action will not be carried out: a decision, with the reason.' })
  @Roles(Role.FORUM_COORDINATOR)
  dropJointAction(@Args('input') input: DropJointActionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      { type: 'DropJointAction', data: { jointActionId: input.jointActionId, droppedOn: input.droppedOn ?? stockholmDate(now) }, metadata: { now }, reason: input.reason },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  private async run(command: JointActionCommand, context: CommandContext, actor: Actor, forums: string[]): Promise<JointActionPayload> {
    const result = await this.commands.execute<RunJointActionCommand, CommandResult>(new RunJointActionCommand(command, context, { actor, forums }));
    const today = stockholmDate(new Date());
    const [row] = await this.queries.execute<GetJointActionsQuery, Versioned<JointActionDoc>[]>(
      new GetJointActionsQuery([command.data.jointActionId]),
    );
    if (!row) throw new NotFoundError('JointAction', command.data.jointActionId);
    return { ...payloadFields(result, context), jointAction: toJointActionType(row, today, this.persons) };
  }
}
