import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ContentOf, CorrelationId, CurrentActor, GrantedForums, Role, Roles } from '@samverkan/auth';
import {
  Actor, CommandContext, commandContext, CommandResult, entityIdFor, normalisedOrganisationNumber, NotFoundError, payloadFields, PersonDirectory,
} from '@samverkan/core';
import { GetForumsQuery, GetMeetingsQuery, RunMeetingCommand } from '../application';
import { MeetingCommand, stockholmDate } from '../domain';
import { ForumDoc, MeetingDoc } from '../read-model/forums.documents';
import { Versioned } from '../read-model/forums.queries';
import { FORUM_READERS } from './forum.resolver';
import {
  CancelForumMeetingInput, ChangeForumMeetingAgendaInput, HoldForumMeetingInput, PlanForumMeetingInput,
  RecordForumAttendanceInput, RescheduleForumMeetingInput,
} from './forums.inputs';
import { memberNamesOf, toMeetingType } from './forums.mapping';
import { ForumMeetingPayload, ForumMeetingType } from './forums.types';

/** Coordinators plan, hold and cancel their forums' meetings and record who came. */
@Resolver(() => ForumMeetingType)
export class MeetingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => ForumMeetingType)
  @Roles(...FORUM_READERS)
  @ContentOf('forumMeeting')
  async forumMeeting(@Args('id') id: string): Promise<ForumMeetingType> {
    return this.meetingType(id);
  }

  @Mutation(() => ForumMeetingPayload, { description: 'Plans a meeting of your forum; its date must fall inside the term.' })
  @Roles(Role.FORUM_COORDINATOR)
  planForumMeeting(@Args('input') input: PlanForumMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const context = commandContext(actor, cid, input);
    const { forumId, title, format, term, year, date, agenda } = input;
    return this.run(
      {
        type: 'PlanMeeting',
        data: { meetingId: entityIdFor(context.commandId), forumId, title, format, term, year, date, agenda: agenda.map((a) => ({ ...a })) },
        metadata: { now: new Date() },
      },
      context, actor, forums,
    );
  }

  @Mutation(() => ForumMeetingPayload)
  @Roles(Role.FORUM_COORDINATOR)
  rescheduleForumMeeting(@Args('input') input: RescheduleForumMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      { type: 'RescheduleMeeting', data: { meetingId: input.meetingId, date: input.date }, metadata: { now: new Date() } },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => ForumMeetingPayload)
  @Roles(Role.FORUM_COORDINATOR)
  changeForumMeetingAgenda(@Args('input') input: ChangeForumMeetingAgendaInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      { type: 'ChangeMeetingAgenda', data: { meetingId: input.meetingId, agenda: input.agenda.map((a) => ({ ...a })) }, metadata: { now: new Date() } },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => ForumMeetingPayload, { description: 'The meeting took place, with minutes.' })
  @Roles(Role.FORUM_COORDINATOR)
  holdForumMeeting(@Args('input') input: HoldForumMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const now = new Date();
    return this.run(
      { type: 'HoldMeeting', data: { meetingId: input.meetingId, heldOn: input.heldOn ?? stockholmDate(now), minutes: input.minutes }, metadata: { now } },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  @Mutation(() => ForumMeetingPayload, { description: 'Who came to a held meeting: member employers by role, and named guests. Replaces earlier attendance.' })
  @Roles(Role.FORUM_COORDINATOR)
  recordForumMeetingAttendance(@Args('input') input: RecordForumAttendanceInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    const base = commandContext(actor, cid, input);
    const named = input.guests.map((guest, index) => ({ id: `person-${entityIdFor(base.commandId, `guest-${index}`)}`, fields: { name: guest.name, organisation: guest.organisation } }));
    // Guests' names go to the directory only once the attendance is recorded: the pipeline writes them.
    const context = { ...base, people: named };
    const guests = input.guests.map((guest, index) => ({ personId: named[index].id, organisation: guest.organisation }));
    return this.run(
      {
        type: 'RecordAttendance',
        data: {
          meetingId: input.meetingId,
          members: input.members.map((m) => ({
            organisationNumber: normalisedOrganisationNumber(m.organisationNumber),
            participants: { MANAGER: m.managers, HR: m.hr, OTHER: m.other },
          })),
          guests,
          // Filled in by the handler from the forum's member list.
          memberOrganisationNumbers: [],
        },
        metadata: { now: new Date() },
      },
      context, actor, forums,
    );
  }

  @Mutation(() => ForumMeetingPayload, { description: 'Cancels a planned meeting: a decision, with the reason.' })
  @Roles(Role.FORUM_COORDINATOR)
  cancelForumMeeting(@Args('input') input: CancelForumMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string, @GrantedForums() forums: string[]) {
    return this.run(
      { type: 'CancelMeeting', data: { meetingId: input.meetingId }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input), actor, forums,
    );
  }

  private async run(command: MeetingCommand, context: CommandContext, actor: Actor, forums: string[]): Promise<ForumMeetingPayload> {
    const result = await this.commands.execute<RunMeetingCommand, CommandResult>(new RunMeetingCommand(command, context, { actor, forums }));
    return { ...payloadFields(result, context), meeting: await this.meetingType(command.data.meetingId) };
  }

  private async meetingType(id: string): Promise<ForumMeetingType> {
    const [row] = await this.queries.execute<GetMeetingsQuery, Versioned<MeetingDoc>[]>(new GetMeetingsQuery([id]));
    if (!row) throw new NotFoundError('Meeting', id);
    const forums = await this.queries.execute<GetForumsQuery, Versioned<ForumDoc>[]>(new GetForumsQuery([row.doc.forumId]));
    return toMeetingType(row, memberNamesOf(forums.map((f) => f.doc)), this.persons);
  }
}
