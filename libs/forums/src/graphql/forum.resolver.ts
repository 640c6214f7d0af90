import { Args, Int, Parent, ResolveField } from '@nestjs/graphql';
import {
  CommandMutation,
  CommandResolver,
  CommandSender,
  contentQueryOf,
  CurrentActor,
  DashboardQuery,
  Role,
} from '@samverkan/auth';
import { Actor, CommandResolverOf, decisionOf, Sender } from '@samverkan/core';
import {
  forumEndpoint,
  ForumMeetingsQuery,
  ForumRequest,
  GetForumsQuery,
  ForumsOfYearQuery,
  ListForumsQuery,
  ListJointActionsQuery,
  MeetingsOfYearQuery,
  mayActOn,
} from '../application';
import { stockholmDate } from '../domain';
import { forumCadence } from '../read-model/forums.cadence';
import { toDashboardCadence, toExactCadence } from './forums.dashboard';
import { ForumDoc } from '../read-model/forums.documents';
import { Versioned } from '../read-model/forums.queries';
import {
  AddForumRepresentativeInput,
  AdmitForumMemberInput,
  ChangeForumCapacityInput,
  EstablishForumInput,
  RemoveForumRepresentativeInput,
  ResignForumMemberInput,
} from './forums.inputs';
import { memberNamesOf, toForumType, toJointActionType, toMeetingType } from './forums.mapping';
import { ForumCadenceReport, ForumMeetingType, ForumPayload, ForumType, JointActionType } from './forums.types';

/** Who reads forum pages: the people who plan and follow the work, and auditors. */
export const FORUM_READERS = [Role.STEERING_GROUP, Role.FORUM_COORDINATOR, Role.KNOWLEDGE_GROUP, Role.AUDITOR];

/** A query of forum pages: the forum, its meetings and joint actions. */
export const ForumQuery = contentQueryOf(FORUM_READERS);

/** A forum's own mutations are its coordinator's; founding it and its capacity are the steering group's. */
const STEERING_GROUP = { roles: [Role.STEERING_GROUP] };

@CommandResolver(() => ForumPayload, [Role.FORUM_COORDINATOR])
export class ForumResolver extends CommandResolverOf(forumEndpoint) {
  @ForumQuery(() => [ForumType], 'forum', 'Every regional forum, by name.')
  async forums(): Promise<ForumType[]> {
    const rows = await this.queries.execute(new ListForumsQuery());
    return rows.map((row) => toForumType(row, this.persons));
  }

  @ForumQuery(() => ForumType, 'forum')
  async forum(@Args('id') id: string): Promise<ForumType> {
    return toForumType(await this.forumDoc(id), this.persons);
  }

  @DashboardQuery(
    () => ForumCadenceReport,
    'Meetings held per forum and term against the two expected, and who came: every forum established by the end of the year (or with a meeting in it), also one with no meetings.',
    FORUM_READERS,
  )
  async forumCadence(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
  ): Promise<ForumCadenceReport> {
    const forums = await this.queries.execute(new ForumsOfYearQuery(year));
    const meetings = await this.queries.execute(new MeetingsOfYearQuery(year));
    const cadence = forumCadence(
      forums.map((f) => f.doc),
      meetings,
    );
    const suppressed = actor.role === Role.DASHBOARD;
    return { year, suppressed, forums: cadence.map(suppressed ? toDashboardCadence : toExactCadence) };
  }

  @ResolveField(() => [ForumMeetingType], { description: 'In date order.' })
  async meetings(@Parent() forum: ForumType): Promise<ForumMeetingType[]> {
    const [rows, doc] = [await this.queries.execute(new ForumMeetingsQuery(forum.id)), await this.forumDoc(forum.id)];
    const names = memberNamesOf([doc.doc]);
    return rows.map((row) => toMeetingType(row, names, this.persons));
  }

  @ResolveField(() => [JointActionType], { description: 'Newest first.' })
  async jointActions(@Parent() forum: ForumType): Promise<JointActionType[]> {
    const today = stockholmDate(new Date());
    const rows = await this.queries.execute(new ListJointActionsQuery({ forumId: forum.id, today }, null, 500));
    return rows.map((row) => toJointActionType(row, today, this.persons));
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether your token lets you act on this forum: the steering group on any, a coordinator on the forums its token names. Which commands your role may send: `myOperations`.',
  })
  mayAct(@Parent() forum: ForumType, @CommandSender() sender: Sender): boolean {
    return mayActOn(sender, forum.id);
  }

  @CommandMutation({ description: 'Founds a regional forum (steering group).', ...STEERING_GROUP })
  establishForum(input: EstablishForumInput): ForumRequest {
    const { forumId, name, region, capacity, establishedOn } = input;
    return { type: 'EstablishForum', data: { forumId, name, region, capacity, establishedOn } };
  }

  @CommandMutation({
    description: 'Changes how many employers the forum seats: a steering group decision.',
    ...STEERING_GROUP,
  })
  changeForumCapacity(input: ChangeForumCapacityInput): ForumRequest {
    return decisionOf('ChangeForumCapacity', input, 'forumId', 'capacity');
  }

  @CommandMutation('An employer joins the forum; refused when it is full.')
  admitForumMember(input: AdmitForumMemberInput): ForumRequest {
    const { organisationNumber, name, sector, industry, size } = input.employer;
    const employer = { organisationNumber, name, sector, industry, size };
    return { type: 'AdmitMember', data: { forumId: input.forumId, employer, joinedOn: input.joinedOn } };
  }

  @CommandMutation('An employer leaves the forum, with the reason; its representatives leave with it.')
  resignForumMember(input: ResignForumMemberInput): ForumRequest {
    return decisionOf('ResignMember', input, 'forumId', 'organisationNumber', 'leftOn');
  }

  @CommandMutation('A manager or HR person represents a member employer. The name goes to the person directory.')
  addForumRepresentative(input: AddForumRepresentativeInput): ForumRequest {
    const { forumId, organisationNumber, role, name, email } = input;
    return { type: 'AddRepresentative', data: { forumId, organisationNumber, role, name, email } };
  }

  @CommandMutation()
  removeForumRepresentative(input: RemoveForumRepresentativeInput): ForumRequest {
    const { forumId, organisationNumber, personId } = input;
    return { type: 'RemoveRepresentative', data: { forumId, organisationNumber, personId } };
  }

  protected async shown(id: string): Promise<Pick<ForumPayload, 'forum'>> {
    return { forum: toForumType(await this.forumDoc(id), this.persons) };
  }

  private async forumDoc(id: string): Promise<Versioned<ForumDoc>> {
    return this.found(GetForumsQuery, 'Forum', id);
  }
}
