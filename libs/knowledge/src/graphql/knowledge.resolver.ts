import { Args } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import {
  CommandMutation,
  CommandResolver,
  ContentAccess,
  ContentQuery,
  CurrentActor,
  DashboardQuery,
  Role,
} from '@samverkan/auth';
import {
  Actor,
  CommandPipeline,
  CommandResolverOf,
  Connection,
  decisionOf,
  PersonDirectory,
  positionConnection,
  positionCursor,
  requestOf,
  Sender,
} from '@samverkan/core';
import { GetForumsQuery, GetMeetingsQuery } from '@samverkan/forums';
import { GetItemsQuery, itemEndpoint, ItemRequest, ListItemsQuery } from '../application';

import { ItemDoc } from '../read-model/knowledge.documents';
import { Versioned } from '../read-model/knowledge.queries';
import {
  KnowledgeItemsArgs,
  ProposeKnowledgeItemInput,
  PublishKnowledgeItemInput,
  RecordKnowledgePresentationInput,
  RetireKnowledgeItemInput,
  ReviewKnowledgeItemInput,
} from './knowledge.inputs';
import { Names, toItemType } from './knowledge.mapping';
import {
  KnowledgeItemConnection,
  KnowledgeItemPayload,
  KnowledgeItemType,
  KnowledgeReachType,
} from './knowledge.types';

/** Knowledge items: the group's members' staff propose, review and publish; forums record where items were presented. */
@CommandResolver(() => KnowledgeItemPayload, [Role.KNOWLEDGE_GROUP])
export class KnowledgeResolver extends CommandResolverOf(itemEndpoint) {
  constructor(
    pipeline: CommandPipeline,
    queries: QueryBus,
    persons: PersonDirectory,
    private readonly access: ContentAccess,
  ) {
    super(pipeline, queries, persons);
  }

  @ContentQuery(() => KnowledgeItemConnection, 'knowledgeItem', 'Knowledge items, newest proposed first.')
  async knowledgeItems(
    @Args() { first, after, filter = {} }: KnowledgeItemsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<KnowledgeItemType>> {
    const before = positionCursor(after);
    const rows = await this.queries.execute(new ListItemsQuery(filter, before, first + 1));
    const names = await this.presentationNames(
      rows.map((r) => r.doc),
      actor,
    );
    return positionConnection(rows, first, (r) => toItemType(r, names));
  }

  @ContentQuery(() => KnowledgeItemType, 'knowledgeItem')
  async knowledgeItem(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<KnowledgeItemType> {
    const row = await this.itemDoc(id);
    return toItemType(row, await this.presentationNames([row.doc], actor));
  }

  @DashboardQuery(
    () => [KnowledgeReachType],
    'For each published item: in how many forums and forum meetings it was presented (DASHBOARD: the counts only).',
  )
  async knowledgeReach(@CurrentActor() actor: Actor): Promise<KnowledgeReachType[]> {
    const rows = await this.queries.execute(new ListItemsQuery({ status: 'PUBLISHED' }, null, 500));
    const names = await this.presentationNames(
      rows.map((r) => r.doc),
      actor,
    );
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

  @CommandMutation('Proposes an item; only the group’s member organisations (your token’s organisation) propose.')
  proposeKnowledgeItem(input: ProposeKnowledgeItemInput): ItemRequest {
    const { kind, title, sourceOrganisation, link, proposedOn } = input;
    return {
      type: 'ProposeItem',
      data: { kind, title, sourceOrganisation, link, topics: [...input.topics], proposedOn },
    };
  }

  @CommandMutation('The group’s verdict at a held meeting, citing it.')
  reviewKnowledgeItem(input: ReviewKnowledgeItemInput): ItemRequest {
    return decisionOf('ReviewItem', input, 'itemId', 'meetingId', 'verdict', 'note');
  }

  @CommandMutation()
  publishKnowledgeItem(input: PublishKnowledgeItemInput): ItemRequest {
    return requestOf('PublishItem', input, 'itemId', 'publishedOn');
  }

  @CommandMutation('Retires an item that is no longer current: a decision, with the reason.')
  retireKnowledgeItem(input: RetireKnowledgeItemInput): ItemRequest {
    return decisionOf('RetireItem', input, 'itemId', 'retiredOn');
  }

  @CommandMutation({
    description: 'Records that the item was presented at a held forum meeting.',
    roles: [Role.KNOWLEDGE_GROUP, Role.FORUM_COORDINATOR],
  })
  recordKnowledgePresentation(input: RecordKnowledgePresentationInput): ItemRequest {
    return requestOf('RecordPresentation', input, 'itemId', 'forumMeetingId');
  }

  protected async shown(id: string, { actor }: Sender): Promise<Pick<KnowledgeItemPayload, 'item'>> {
    const row = await this.itemDoc(id);
    return { item: toItemType(row, await this.presentationNames([row.doc], actor)) };
  }

  private async itemDoc(id: string): Promise<Versioned<ItemDoc>> {
    return this.found(GetItemsQuery, 'KnowledgeItem', id);
  }

  /**
   * Forum names (labels of the groups, as on every dashboard) and meeting titles from the forums
   * module's read models; a meeting's title is its text, so only for those who may read forum
   * meetings (one rule, whatever the view).
   */
  private async presentationNames(items: ItemDoc[], reader: Actor): Promise<Names> {
    const presentations = items.flatMap((i) => i.presentations);
    const forumIds = [...new Set(presentations.map((p) => p.forumId))];
    const meetingIds = this.access.readersOf('forumMeeting').has(reader.role as Role)
      ? [...new Set(presentations.map((p) => p.forumMeetingId))]
      : [];
    const forums = await this.queries.execute(new GetForumsQuery(forumIds));
    const meetings = await this.queries.execute(new GetMeetingsQuery(meetingIds));
    return {
      forums: new Map(forums.map((f) => [f.doc.forumId, f.doc.name])),
      meetings: new Map(meetings.map((m) => [m.doc.meetingId, m.doc.title])),
    };
  }
}
