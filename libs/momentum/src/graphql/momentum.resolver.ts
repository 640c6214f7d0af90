import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, entityIdFor, NotFoundError, payloadFields, PersonDirectory, positionCursor,
  toConnection,
} from '@samverkan/core';
import { GetActivitiesQuery, ListActivitiesQuery, namedParticipantId, RunActivityCommand } from '../application';
import { ActivityCommand, stockholmDate } from '../domain';
import { ActivityDoc } from '../read-model/momentum.documents';
import { Versioned } from '../read-model/momentum.queries';
import {
  CancelProjectActivityInput, EvaluateProjectActivityInput, HoldProjectActivityInput, PlanProjectActivityInput, ProjectActivitiesArgs,
  RecordProjectActivityParticipantsInput, RescheduleProjectActivityInput,
} from './momentum.inputs';
import { toActivityType } from './momentum.mapping';
import { ProjectActivityConnection, ProjectActivityPayload, ProjectActivityType } from './momentum.types';
import { normalisedParticipantOrganisation } from './momentum.validators';

/** Momentum's project staff: the steering group, the knowledge group and the forum coordinators. */
export const MOMENTUM_STAFF = [Role.STEERING_GROUP, Role.KNOWLEDGE_GROUP, Role.FORUM_COORDINATOR];

/** Momentum's conferences, trainings, web trainings and study visits: planned, held, who came, how it was rated. */
@Resolver(() => ProjectActivityType)
export class MomentumResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => ProjectActivityConnection, { description: 'Momentum’s activities, newest planned first.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('projectActivity')
  async projectActivities(@Args() { first, after, filter = {} }: ProjectActivitiesArgs): Promise<Connection<ProjectActivityType>> {
    const before = positionCursor(after);
    const rows = await this.queries.execute<ListActivitiesQuery, Versioned<ActivityDoc>[]>(new ListActivitiesQuery({ ...filter }, before, first + 1));
    return toConnection(rows, first, (r) => r.doc.position, (r) => toActivityType(r, this.persons));
  }

  @Query(() => ProjectActivityType)
  @Roles(...CONTENT_READERS)
  @ContentOf('projectActivity')
  async projectActivity(@Args('id') id: string): Promise<ProjectActivityType> {
    return toActivityType(await this.activityDoc(id), this.persons);
  }

  @Mutation(() => ProjectActivityPayload, { description: 'Plans a conference, training, web training or study visit inside the project period.' })
  @Roles(...MOMENTUM_STAFF)
  planProjectActivity(@Args('input') input: PlanProjectActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const { kind, title, organiser, date, place, country, region, expectedParticipants } = input;
    return this.run(
      {
        type: 'PlanActivity',
        data: {
          activityId: entityIdFor(context.commandId),
          kind, title, organiser, date, place, expectedParticipants,
          ...(country !== undefined && country !== null ? { country } : {}),
          ...(region !== undefined && region !== null ? { region } : {}),
        },
        metadata: { now: new Date() },
      },
      context,
    );
  }

  @Mutation(() => ProjectActivityPayload, { description: 'Moves a planned activity to another date.' })
  @Roles(...MOMENTUM_STAFF)
  rescheduleProjectActivity(@Args('input') input: RescheduleProjectActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      { type: 'RescheduleActivity', data: { activityId: input.activityId, date: input.date }, metadata: { now: new Date() } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => ProjectActivityPayload, { description: 'The activity took place, with a short summary.' })
  @Roles(...MOMENTUM_STAFF)
  holdProjectActivity(@Args('input') input: HoldProjectActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      { type: 'HoldActivity', data: { activityId: input.activityId, heldOn: input.heldOn ?? stockholmDate(now), summary: input.summary }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => ProjectActivityPayload, {
    description: 'Who took part in a held activity: organisations by role, and named participants. Replaces an earlier list (a correction: give the reason).',
  })
  @Roles(...MOMENTUM_STAFF)
  recordProjectActivityParticipants(
    @Args('input') input: RecordProjectActivityParticipantsInput,
    @CurrentActor() actor: Actor,
    @CorrelationId() cid: string,
  ) {
    const base = commandContext(actor, cid, input);
    const people = input.namedParticipants.map((person, index) => ({
      id: namedParticipantId(base.commandId, index),
      fields: { name: person.name, email: person.email ?? null, organisation: person.organisation },
    }));
    // Names go to the directory only once the participants are recorded: the pipeline writes them.
    const context = { ...base, people };
    const namedParticipants = input.namedParticipants.map((person, index) => ({ personId: people[index].id, organisation: person.organisation }));
    return this.run(
      {
        type: 'RecordParticipants',
        data: {
          activityId: input.activityId,
          organisations: input.organisations.map((o) => ({
            organisation: normalisedParticipantOrganisation(o.organisation),
            participants: { MANAGER: o.managers, HR: o.hr, OTHER: o.other },
          })),
          namedParticipants,
        },
        metadata: { now: new Date() },
        ...(input.reason ? { reason: input.reason } : {}),
      },
      context,
    );
  }

  @Mutation(() => ProjectActivityPayload, { description: 'Cancels a planned activity: a decision, with the reason.' })
  @Roles(...MOMENTUM_STAFF)
  cancelProjectActivity(@Args('input') input: CancelProjectActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      { type: 'CancelActivity', data: { activityId: input.activityId }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => ProjectActivityPayload, { description: 'The participants’ evaluation of a held activity, on 1–10. Replacing one is a correction: give the reason.' })
  @Roles(...MOMENTUM_STAFF)
  evaluateProjectActivity(@Args('input') input: EvaluateProjectActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      {
        type: 'ReportEvaluation',
        data: { activityId: input.activityId, scale: input.scale, respondents: input.respondents },
        metadata: { now: new Date() },
        ...(input.reason ? { reason: input.reason } : {}),
      },
      commandContext(actor, cid, input),
    );
  }

  private async run(command: ActivityCommand, context: CommandContext): Promise<ProjectActivityPayload> {
    const result = await this.commands.execute<RunActivityCommand, CommandResult>(new RunActivityCommand(command, context));
    return { ...payloadFields(result, context), activity: toActivityType(await this.activityDoc(command.data.activityId), this.persons) };
  }

  private async activityDoc(id: string): Promise<Versioned<ActivityDoc>> {
    const [row] = await this.queries.execute<GetActivitiesQuery, Versioned<ActivityDoc>[]>(new GetActivitiesQuery([id]));
    if (!row) throw new NotFoundError('Activity', id);
    return row;
  }
}
