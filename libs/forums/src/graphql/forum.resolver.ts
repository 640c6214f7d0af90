import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandSender, commandMutationOf, contentQueryOf, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, CommandResolverOf, decisionOf, oneFound, Sender } from '@samverkan/core';
import {
  forumEndpoint,
  ForumMeetingsQuery,
  ForumRequest,
  GetForumsQuery,
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

const CoordinatorMutation = commandMutationOf(() => ForumPayload, [Role.FORUM_COORDINATOR]);
const SteeringGroupMutation = commandMutationOf(() => ForumPayload, [Role.STEERING_GROUP]);

@Resolver(() => ForumType)
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

  @Query(() => ForumCadenceReport, {
    description: 'Meetings held per forum and term against the two expected, and who came.',
  })
  @Roles(...FORUM_READERS, Role.DASHBOARD)
  async forumCadence(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
  ): Promise<ForumCadenceReport> {
    const forums = await this.queries.execute(new ListForumsQuery());
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

  @SteeringGroupMutation('Founds a regional forum (steering group).')
  establishForum(input: EstablishForumInput): ForumRequest {
    const { forumId, name, region, capacity, establishedOn } = input;
    return { type: 'EstablishForum', data: { forumId, name, region, capacity, establishedOn } };
  }

  @SteeringGroupMutation('Changes how many employers the forum seats: a steering group decision.')
  changeForumCapacity(input: ChangeForumCapacityInput): ForumRequest {
    return decisionOf('ChangeForumCapacity', input, 'forumId', 'capacity');
  }

  @CoordinatorMutation('An employer joins the forum; refused when it is full.')
  admitForumMember(input: AdmitForumMemberInput): ForumRequest {
    const { organisationNumber, name, sector, industry, size } = input.employer;
    const employer = { organisationNumber, name, sector, industry, size };
    return { type: 'AdmitMember', data: { forumId: input.forumId, employer, joinedOn: input.joinedOn } };
  }

  @CoordinatorMutation('An employer leaves the forum, with the reason; its representatives leave with it.')
  resignForumMember(input: ResignForumMemberInput): ForumRequest {
    return decisionOf('ResignMember', input, 'forumId', 'organisationNumber', 'leftOn');
  }

  @CoordinatorMutation('A manager or HR person represents a member employer. The name goes to the person directory.')
  addForumRepresentative(input: AddForumRepresentativeInput): ForumRequest {
    const { forumId, organisationNumber, role, name, email } = input;
    return { type: 'AddRepresentative', data: { forumId, organisationNumber, role, name, email } };
  }

  @CoordinatorMutation()
  removeForumRepresentative(input: RemoveForumRepresentativeInput): ForumRequest {
    const { forumId, organisationNumber, personId } = input;
    return { type: 'RemoveRepresentative', data: { forumId, organisationNumber, personId } };
  }

  protected async shown(id: string): Promise<Pick<ForumPayload, 'forum'>> {
    return { forum: toForumType(await this.forumDoc(id), this.persons) };
  }

  private async forumDoc(id: string): Promise<Versioned<ForumDoc>> {
    return oneFound('Forum', id, await this.queries.execute(new GetForumsQuery([id])));
  }
}
