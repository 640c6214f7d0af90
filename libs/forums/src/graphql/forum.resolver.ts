import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ContentOf, CorrelationId, CurrentActor, GrantedForums, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandResult, entityIdFor, normalisedOrganisationNumber, normalisedSniCode, NotFoundError, payloadFields, PersonDirectory,
} from '@samverkan/core';
import {
  ForumMeetingsQuery, GetForumsQuery, ListForumsQuery, ListJointActionsQuery, MeetingsOfYearQuery, RunForumCommand,
} from '../application';
import { DEFAULT_FORUM_CAPACITY, ForumCommand, stockholmDate } from '../domain';
import { forumCadence } from '../read-model/forums.cadence';
import { toDashboardCadence, toExactCadence } from './forums.dashboard';
import { ForumDoc, JointActionDoc, MeetingDoc } from '../read-model/forums.documents';
import { Versioned } from '../read-model/forums.queries';
import {
  AddForumRepresentativeInput, AdmitForumMemberInput, ChangeForumCapacityInput, EstablishForumInput,
  RemoveForumRepresentativeInput, ResignForumMemberInput,
} from './forums.inputs';
import { memberNamesOf, toForumType, toJointActionType, toMeetingType } from './forums.mapping';
import { ForumCadenceReport, ForumMeetingType, ForumPayload, ForumType, JointActionType } from './forums.types';

/** Who reads forum pages: the people who plan and follow the work, and auditors. */
export const FORUM_READERS = [Role.STEERING_GROUP, Role.FORUM_COORDINATOR, Role.KNOWLEDGE_GROUP, Role.AUDITOR];

@Resolver(() => ForumType)
export class ForumResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => [ForumType], { description: 'Every regional forum, by name.' })
  @Roles(...FORUM_READERS)
  @ContentOf('forum')
  async forums(): Promise<ForumType[]> {
    const rows = await this.queries.execute<ListForumsQuery, Versioned<ForumDoc>[]>(new ListForumsQuery());
    return rows.map((row) => toForumType(row, this.persons));
  }

  @Query(() => ForumType)
  @Roles(...FORUM_READERS)
  @ContentOf('forum')
  async forum(@Args('id') id: string): Promise<ForumType> {
    return toForumType(await this.forumDoc(id), this.persons);
  }

  @Query(() => ForumCadenceReport, { description: 'Meetings held per forum and term against the two expected, and who came.' })
  @Roles(...FORUM_READERS, Role.DASHBOARD)
  async forumCadence(@Args('year', { type: () => Int }) year: number, @CurrentActor() actor: Actor): Promise<ForumCadenceReport> {
    const forums = await this.queries.execute<ListForumsQuery, Versioned<ForumDoc>[]>(new ListForumsQuery());
    const meetings = await this.queries.execute<MeetingsOfYearQuery, MeetingDoc[]>(new MeetingsOfYearQuery(year));
    const cadence = forumCadence(forums.map((f) => f.doc), meetings);
    const suppressed = actor.role === Role.DASHBOARD;
    return { year, suppressed, forums: cadence.map(suppressed ? toDashboardCadence : toExactCadence) };
  }

  @ResolveField(() => [ForumMeetingType], { description: 'In date order.' })
  async meetings(@Parent() forum: ForumType): Promise<ForumMeetingType[]> {
    const [rows, doc] = [
      await this.queries.execute<ForumMeetingsQuery, Versioned<MeetingDoc>[]>(new ForumMeetingsQuery(forum.id)),
      await this.forumDoc(forum.id),
    ];
    const names = memberNamesOf([doc.doc]);
    return rows.map((row) => toMeetingType(row, names, this.persons));
  }

  @ResolveField(() => [JointActionType], { description: 'Newest first.' })
  async jointActions(@Parent() forum: ForumType): Promise<JointActionType[]> {
    const today = stockholmDate(new Date());
    const rows = await this.queries.execute<ListJointActionsQuery, Versioned<JointActionDoc>[]>(
      new ListJointActionsQuery({ forumId: forum.id, today }, null, 500),
    );
    return rows.map((row) => toJointActionType(row, today, this.persons));
  }

  @Mutation(() => ForumPayload, { description: 'Founds a regional forum (steering group).' })
  @Roles(Role.STEERING_GROUP)
  establishForum(@Args('input') input: EstablishForumInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      {
        type: 'EstablishForum',
        data: {
          forumId: input.forumId,
          name: input.name,
          region: input.region,
          capacity: input.capacity ?? DEFAULT_FORUM_CAPACITY,
          establishedOn: input.establishedOn ?? stockholmDate(now),
        },
        metadata: { now },
      },
      input, actor, cid, forums,
    );
  }

  @Mutation(() => ForumPayload, { description: 'Changes how many employers the forum seats: a steering group decision.' })
  @Roles(Role.STEERING_GROUP)
  changeForumCapacity(@Args('input') input: ChangeForumCapacityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      { type: 'ChangeForumCapacity', data: { forumId: input.forumId, capacity: input.capacity }, metadata: { now: new Date() }, reason: input.reason },
      input, actor, cid, forums,
    );
  }

  @Mutation(() => ForumPayload, { description: 'An employer joins the forum; refused when it is full.' })
  @Roles(Role.FORUM_COORDINATOR)
  admitForumMember(@Args('input') input: AdmitForumMemberInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    const { employer } = input;
    return this.run(
      {
        type: 'AdmitMember',
        data: {
          forumId: input.forumId,
          employer: {
            organisationNumber: normalisedOrganisationNumber(employer.organisationNumber),
            name: employer.name,
            sector: employer.sector,
            industry: normalisedSniCode(employer.industry),
            size: employer.size,
          },
          joinedOn: input.joinedOn ?? stockholmDate(now),
        },
        metadata: { now },
      },
      input, actor, cid, forums,
    );
  }

  @Mutation(() => ForumPayload, { description: 'An employer leaves the forum, with the reason; its representatives leave with it.' })
  @Roles(Role.FORUM_COORDINATOR)
  resignForumMember(@Args('input') input: ResignForumMemberInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      {
        type: 'ResignMember',
        data: { forumId: input.forumId, organisationNumber: normalisedOrganisationNumber(input.organisationNumber), leftOn: input.leftOn ?? stockholmDate(now) },
        metadata: { now },
        reason: input.reason,
      },
      input, actor, cid, forums,
    );
  }

  @Mutation(() => ForumPayload, { description: 'A manager or HR person represents a member employer. The name goes to the person directory.' })
  @Roles(Role.FORUM_COORDINATOR)
  addForumRepresentative(@Args('input') input: AddForumRepresentativeInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const base = commandContext(actor, cid, input);
    // Derived from the command id, so a retry names the same person; written by the pipeline after the append.
    const personId = `person-${entityIdFor(base.commandId, 'representative')}`;
    const fields = { name: input.name, email: input.email ?? null, organisation: normalisedOrganisationNumber(input.organisationNumber) };
    const context = { ...base, people: [{ id: personId, fields }] };
    return this.execute(
      {
        type: 'AddRepresentative',
        data: { forumId: input.forumId, organisationNumber: normalisedOrganisationNumber(input.organisationNumber), personId, role: input.role },
        metadata: { now: new Date() },
      },
      context, actor, forums,
    );
  }

  @Mutation(() => ForumPayload)
  @Roles(Role.FORUM_COORDINATOR)
  removeForumRepresentative(@Args('input') input: RemoveForumRepresentativeInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      {
        type: 'RemoveRepresentative',
        data: { forumId: input.forumId, organisationNumber: normalisedOrganisationNumber(input.organisationNumber), personId: input.personId },
        metadata: { now: new Date() },
      },
      input, actor, cid, forums,
    );
  }

  private run(command: ForumCommand, input: EstablishForumInput | { commandId?: string; expectedRevision?: number }, actor: Actor, cid: string, forums: string[]) {
    return this.execute(command, commandContext(actor, cid, input), actor, forums);
  }

  private async execute(command: ForumCommand, context: ReturnType<typeof commandContext>, actor: Actor, forums: string[]): Promise<ForumPayload> {
    const result = await this.commands.execute<RunForumCommand, CommandResult>(new RunForumCommand(command, context, { actor, forums }));
    return { ...payloadFields(result, context), forum: toForumType(await this.forumDoc(command.data.forumId), this.persons) };
  }

  private async forumDoc(id: string): Promise<Versioned<ForumDoc>> {
    const [row] = await this.queries.execute<GetForumsQuery, Versioned<ForumDoc>[]>(new GetForumsQuery([id]));
    if (!row) throw new NotFoundError('Forum', id);
    return row;
  }
}
