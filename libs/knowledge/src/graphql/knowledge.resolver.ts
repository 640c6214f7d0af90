import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentAccess, ContentOf, CorrelationId, CurrentActor, GrantedForums, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, entityIdFor, NotFoundError, payloadFields, positionCursor, toConnection,
} from '@samverkan/core';
import { ForumDoc, GetForumsQuery, GetMeetingsQuery, MeetingDoc } from '@samverkan/forums';
import { GetGroupQuery, GetItemsQuery, ListItemsQuery, RunGroupCommand, RunItemCommand } from '../application';
import { EXPECTED_GROUP_MEETINGS_PER_TERM, GroupCommand, ItemCommand, NATIONAL_GROUP_ID, stockholmDate } from '../domain';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { Versioned } from '../read-model/knowledge.queries';
import {
  AdmitGroupMemberInput, CancelGroupMeetingInput, FoundKnowledgeGroupInput, HoldGroupMeetingInput, KnowledgeItemsArgs,
  PlanGroupMeetingInput, ProposeKnowledgeItemInput, PublishKnowledgeItemInput, RecordKnowledgePresentationInput,
  RemoveGroupMemberInput, RetireKnowledgeItemInput, ReviewKnowledgeItemInput,
} from './knowledge.inputs';
import {
  KnowledgeGroupPayload, KnowledgeGroupType, KnowledgeItemConnection, KnowledgeItemPayload, KnowledgeItemType, KnowledgeReachType,
  PresentationType,
} from './knowledge.types';

const GROUP_ROLES = [Role.KNOWLEDGE_GROUP, Role.STEERING_GROUP];

/** The national knowledge group: its members' staff propose, review and publish; forums record where items were presented. */
@Resolver(() => KnowledgeItemType)
export class KnowledgeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: ContentAccess,
  ) {}

  @Query(() => KnowledgeGroupType, { description: 'The national group: members over time, meetings, meetings per term.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('knowledgeGroup')
  async knowledgeGroup(): Promise<KnowledgeGroupType> {
    return toGroupType(await this.groupDoc());
  }

  @Query(() => KnowledgeItemConnection, { description: 'Knowledge items, newest proposed first.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('knowledgeItem')
  async knowledgeItems(@Args() { first, after, filter = {} }: KnowledgeItemsArgs, @CurrentActor() actor: Actor): Promise<Connection<KnowledgeItemType>> {
    const before = positionCursor(after);
    const rows = await this.queries.execute<ListItemsQuery, Versioned<ItemDoc>[]>(new ListItemsQuery(filter, before, first + 1));
    const names = await this.presentationNames(rows.map((r) => r.doc), actor);
    return toConnection(rows, first, (r) => r.doc.position, (r) => toItemType(r, names));
  }

  @Query(() => KnowledgeItemType)
  @Roles(...CONTENT_READERS)
  @ContentOf('knowledgeItem')
  async knowledgeItem(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<KnowledgeItemType> {
    const row = await this.itemDoc(id);
    return toItemType(row, await this.presentationNames([row.doc], actor));
  }

  @Query(() => [KnowledgeReachType], { description: 'For each published item: in how many forums and forum meetings it was presented (DASHBOARD: the counts only).' })
  @Roles(...CONTENT_READERS, Role.DASHBOARD)
  async knowledgeReach(@CurrentActor() actor: Actor): Promise<KnowledgeReachType[]> {
    const rows = await this.queries.execute<ListItemsQuery, Versioned<ItemDoc>[]>(new ListItemsQuery({ status: 'PUBLISHED' }, null, 500));
    const names = await this.presentationNames(rows.map((r) => r.doc), actor);
    return rows.map((row) => {
      const item = toItemType(row, names);
      return {
        itemId: item.id,
        kind: item.kind,
        item,
        forums: new Set(item.presentations.map((p) => p.forumId)).size,
        meetings: new Set(item.presentations.map((p) => p.forumMeetingId)).size,
        presentations: item.presentations,
      };
    });
  }

  @Mutation(() => KnowledgeGroupPayload, { description: 'Founds the national group, hosted by FK.' })
  @Roles(Role.STEERING_GROUP)
  foundKnowledgeGroup(@Args('input') input: FoundKnowledgeGroupInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.group(
      { type: 'FoundGroup', data: { groupId: NATIONAL_GROUP_ID, host: { ...input.host }, foundedOn: input.foundedOn ?? stockholmDate(now) }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeGroupPayload)
  @Roles(...GROUP_ROLES)
  admitGroupMember(@Args('input') input: AdmitGroupMemberInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.group(
      { type: 'AdmitGroupMember', data: { groupId: NATIONAL_GROUP_ID, member: { ...input.member }, joinedOn: input.joinedOn ?? stockholmDate(now) }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeGroupPayload, { description: 'An organisation leaves the group: a decision, with the reason.' })
  @Roles(...GROUP_ROLES)
  removeGroupMember(@Args('input') input: RemoveGroupMemberInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.group(
      { type: 'RemoveGroupMember', data: { groupId: NATIONAL_GROUP_ID, code: input.code, leftOn: input.leftOn ?? stockholmDate(now) }, metadata: { now }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeGroupPayload, { description: 'Plans a meeting of the group inside its term.' })
  @Roles(...GROUP_ROLES)
  planGroupMeeting(@Args('input') input: PlanGroupMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    return this.group(
      {
        type: 'PlanGroupMeeting',
        data: { groupId: NATIONAL_GROUP_ID, meetingId: entityIdFor(context.commandId), term: input.term, year: input.year, date: input.date, agenda: [...input.agenda] },
        metadata: { now: new Date() },
      },
      context,
    );
  }

  @Mutation(() => KnowledgeGroupPayload)
  @Roles(...GROUP_ROLES)
  holdGroupMeeting(@Args('input') input: HoldGroupMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.group(
      { type: 'HoldGroupMeeting', data: { groupId: NATIONAL_GROUP_ID, meetingId: input.meetingId, heldOn: input.heldOn ?? stockholmDate(now), present: [...input.present] }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeGroupPayload, { description: 'Cancels a planned meeting: a decision, with the reason.' })
  @Roles(...GROUP_ROLES)
  cancelGroupMeeting(@Args('input') input: CancelGroupMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.group(
      { type: 'CancelGroupMeeting', data: { groupId: NATIONAL_GROUP_ID, meetingId: input.meetingId }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeItemPayload, { description: 'Proposes an item; only the group’s member organisations (your token’s organisation) propose.' })
  @Roles(Role.KNOWLEDGE_GROUP)
  proposeKnowledgeItem(@Args('input') input: ProposeKnowledgeItemInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const now = new Date();
    return this.item(
      {
        type: 'ProposeItem',
        data: {
          itemId: entityIdFor(context.commandId),
          kind: input.kind,
          title: input.title,
          sourceOrganisation: input.sourceOrganisation,
          link: input.link,
          topics: [...input.topics],
          proposedBy: actor.organisation,
          // Read by the handler from the group's stream.
          memberCodes: [],
          proposedOn: input.proposedOn ?? stockholmDate(now),
        },
        metadata: { now },
      },
      context,
    );
  }

  @Mutation(() => KnowledgeItemPayload, { description: 'The group’s verdict at a held meeting, citing it.' })
  @Roles(Role.KNOWLEDGE_GROUP)
  reviewKnowledgeItem(@Args('input') input: ReviewKnowledgeItemInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.item(
      {
        type: 'ReviewItem',
        data: { itemId: input.itemId, meeting: { meetingId: input.meetingId, status: 'NONE' }, verdict: input.verdict, note: input.note },
        metadata: { now: new Date() },
        reason: input.reason,
      },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeItemPayload)
  @Roles(Role.KNOWLEDGE_GROUP)
  publishKnowledgeItem(@Args('input') input: PublishKnowledgeItemInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.item(
      { type: 'PublishItem', data: { itemId: input.itemId, publishedOn: input.publishedOn ?? stockholmDate(now) }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeItemPayload, { description: 'Retires an item that is no longer current: a decision, with the reason.' })
  @Roles(Role.KNOWLEDGE_GROUP)
  retireKnowledgeItem(@Args('input') input: RetireKnowledgeItemInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.item(
      { type: 'RetireItem', data: { itemId: input.itemId, retiredOn: input.retiredOn ?? stockholmDate(now) }, metadata: { now }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => KnowledgeItemPayload, { description: 'Records that the item was presented at a held forum meeting.' })
  @Roles(Role.KNOWLEDGE_GROUP, Role.FORUM_COORDINATOR)
  recordKnowledgePresentation(
    @Args('input') input: RecordKnowledgePresentationInput,
    @CurrentActor() actor: Actor,
    @CorrelationId() cid: string,
    @GrantedForums() forums: string[],
  ) {
    return this.item(
      {
        type: 'RecordPresentation',
        data: { itemId: input.itemId, forumMeeting: { meetingId: input.forumMeetingId, exists: false, forumId: '', status: 'NONE', date: '' } },
        metadata: { now: new Date() },
      },
      commandContext(actor, cid, input),
      { actor, forums },
    );
  }

  private async group(command: GroupCommand, context: CommandContext): Promise<KnowledgeGroupPayload> {
    const result = await this.commands.execute<RunGroupCommand, CommandResult>(new RunGroupCommand(command, context));
    return { ...payloadFields(result, context), group: toGroupType(await this.groupDoc()) };
  }

  private async item(command: ItemCommand, context: CommandContext, access?: { actor: Actor; forums: string[] }): Promise<KnowledgeItemPayload> {
    const result = await this.commands.execute<RunItemCommand, CommandResult>(new RunItemCommand(command, context, access));
    const row = await this.itemDoc(command.data.itemId);
    return { ...payloadFields(result, context), item: toItemType(row, await this.presentationNames([row.doc], context.actor)) };
  }

  private async groupDoc(): Promise<Versioned<GroupDoc>> {
    const row = await this.queries.execute<GetGroupQuery, Versioned<GroupDoc> | null>(new GetGroupQuery(NATIONAL_GROUP_ID));
    if (!row) throw new NotFoundError('KnowledgeGroup', NATIONAL_GROUP_ID);
    return row;
  }

  private async itemDoc(id: string): Promise<Versioned<ItemDoc>> {
    const [row] = await this.queries.execute<GetItemsQuery, Versioned<ItemDoc>[]>(new GetItemsQuery([id]));
    if (!row) throw new NotFoundError('KnowledgeItem', id);
    return row;
  }

  /**
   * Forum names (labels of the groups, as on every dashboard) and meeting titles from the forums
   * module's read models; a meeting's title is its text, so only for those who may read forum
   * meetings (one rule, whatever the view).
   */
  private async presentationNames(items: ItemDoc[], reader: Actor): Promise<Names> {
    const presentations = items.flatMap((i) => i.presentations);
    const forumIds = [...new Set(presentations.map((p) => p.forumId))];
    const meetingIds = this.access.readersOf('forumMeeting').has(reader.role as Role) ? [...new Set(presentations.map((p) => p.forumMeetingId))] : [];
    const forums = await this.queries.execute<GetForumsQuery, { doc: ForumDoc }[]>(new GetForumsQuery(forumIds));
    const meetings = await this.queries.execute<GetMeetingsQuery, { doc: MeetingDoc }[]>(new GetMeetingsQuery(meetingIds));
    return {
      forums: new Map(forums.map((f) => [f.doc.forumId, f.doc.name])),
      meetings: new Map(meetings.map((m) => [m.doc.meetingId, m.doc.title])),
    };
  }
}

interface Names {
  forums: Map<string, string>;
  meetings: Map<string, string>;
}

function toGroupType({ doc, revision }: Versioned<GroupDoc>): KnowledgeGroupType {
  const meetings = [...doc.meetings].sort((a, b) => (a.heldOn ?? a.date).localeCompare(b.heldOn ?? b.date));
  const terms = new Map<string, { year: number; term: string; held: number }>();
  for (const m of meetings) {
    const key = `${m.year}-${m.term}`;
    const entry = terms.get(key) ?? { year: m.year, term: m.term, held: 0 };
    if (m.status === 'HELD') entry.held += 1;
    terms.set(key, entry);
  }
  return {
    id: doc.groupId,
    hostCode: doc.hostCode,
    foundedOn: doc.foundedOn,
    members: doc.members,
    meetings: meetings.map((m) => ({ ...m, id: m.meetingId })),
    terms: [...terms.values()].map((t) => ({ ...t, expected: EXPECTED_GROUP_MEETINGS_PER_TERM })),
    revision,
  };
}

function toItemType({ doc, revision }: Versioned<ItemDoc>, names: Names): KnowledgeItemType {
  const presentations: PresentationType[] = doc.presentations.map((p) => ({
    ...p,
    forumName: names.forums.get(p.forumId) ?? null,
    meetingTitle: names.meetings.get(p.forumMeetingId) ?? null,
  }));
  return { ...doc, id: doc.itemId, presentations, revision };
}
