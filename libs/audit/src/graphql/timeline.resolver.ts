import { Inject } from '@nestjs/common';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ContentAccess, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor,
  Connection,
  decodeCursor,
  ENVIRONMENT,
  Environment,
  InputValidationError,
  PersonDirectory,
  positionConnection,
  ReadModelDb,
} from '@samverkan/core';
import {
  correctionsOf,
  matchesTimelineFilter,
  positionsOf,
  queryTimeline,
  TimelineFilter,
  TimelineRow,
} from '../read-model/timeline.query';
import { withoutContent } from './hidden-content';
import { TimelineFeed } from './timeline-feed';
import {
  CorrectionLinkType,
  EntityHistoryArgs,
  EventKindFilter,
  TimelineArgs,
  TimelineConnection,
  TimelineEntry,
  TimelineFeedArgs,
  TimelineFilterInput,
} from './timeline.types';

const AUDIT_READERS = [Role.AUDITOR, Role.STEERING_GROUP];

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  constructor(
    @Inject(ReadModelDb) private readonly readModels: ReadModelDb,
    private readonly persons: PersonDirectory,
    private readonly feed: TimelineFeed,
    private readonly access: ContentAccess,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Query(() => TimelineConnection, { description: 'Every event, ordered by position.' })
  @Roles(...AUDIT_READERS)
  timeline(@Args() args: TimelineArgs, @CurrentActor() actor: Actor): Connection<TimelineEntry> {
    return this.page(actor, this.filterOf(args.filter), args.first, args.after);
  }

  @Query(() => TimelineConnection, { description: "One entity's history, e.g. stream plan-2025." })
  @Roles(...AUDIT_READERS)
  entityHistory(@Args() args: EntityHistoryArgs, @CurrentActor() actor: Actor): Connection<TimelineEntry> {
    return this.page(actor, { stream: args.stream }, args.first, args.after);
  }

  @Subscription(() => TimelineEntry, {
    description: 'New timeline entries as they are projected, filtered like `timeline` (over graphql-ws at /graphql).',
    resolve: (entry: TimelineEntry) => entry,
  })
  @Roles(...AUDIT_READERS)
  timelineAppended(@Args() args: TimelineFeedArgs, @CurrentActor() actor: Actor): AsyncIterableIterator<TimelineEntry> {
    const rows = this.feed.rows();
    const filter = this.filterOf(args.filter);
    const entries = (batch: TimelineRow[]) => this.entries(actor, batch);
    return (async function* live() {
      try {
        for await (const row of rows) if (matchesTimelineFilter(row, filter)) yield entries([row])[0];
      } finally {
        await rows.return?.();
      }
    })();
  }

  /** lateOnly is read with the LATE_ENTRY_DAYS in force now, so a changed setting needs no rebuild. */
  private filterOf(input: TimelineFilterInput | undefined): TimelineFilter {
    const { lateOnly, positions, ...rest } = input ?? {};
    const filter: TimelineFilter = positions ? { ...rest, positions: positions.map(BigInt) } : rest;
    return lateOnly ? { ...filter, lateBeyondDays: this.env.LATE_ENTRY_DAYS } : filter;
  }

  private page(actor: Actor, filter: TimelineFilter, first: number, after?: string): Connection<TimelineEntry> {
    const rows = queryTimeline(this.readModels.db, filter, after ? positionOf(after) : null, first + 1);
    const entries = new Map(this.entries(actor, rows.slice(0, first)).map((e) => [e.position, e]));
    return positionConnection(rows, first, (r) => entries.get(r.position.toString())!);
  }

  /** Rows as entries: names joined in, the corrections that link them (two queries), content only where the role may read it. */
  private entries(actor: Actor, page: TimelineRow[]): TimelineEntry[] {
    const names = new Map<string, string | null>();
    const nameOf = (id: string) => {
      if (!names.has(id)) names.set(id, this.persons.displayName(id));
      return names.get(id) ?? null;
    };
    const corrections = correctionsOf(
      this.readModels.db,
      page.map((r) => r.event_id),
    );
    const corrected = positionsOf(
      this.readModels.db,
      page.flatMap((r) => (r.corrects ? [r.corrects] : [])),
    );
    const correctedBy = (r: TimelineRow): CorrectionLinkType[] =>
      corrections
        .filter((c) => c.corrects === r.event_id)
        .map((c) => ({ eventId: c.event_id, position: c.position.toString(), reason: c.correction_reason ?? '' }));
    return page.map((r) => {
      const entry = toEntry(r, nameOf, correctedBy(r), corrected, this.env.LATE_ENTRY_DAYS);
      return this.access.mayRead(actor.role, r.stream) ? entry : withoutContent(entry);
    });
  }
}

function toEntry(
  r: TimelineRow,
  nameOf: (id: string) => string | null,
  correctedBy: CorrectionLinkType[],
  positions: Map<string, bigint>,
  lateEntryDays: number,
): TimelineEntry {
  return {
    position: r.position.toString(),
    eventId: r.event_id,
    stream: r.stream,
    module: r.module,
    revision: r.revision,
    type: r.type,
    kind: (r.kind as EventKindFilter | null) ?? null,
    occurredAt: new Date(r.occurred_at),
    occurredFrom: r.occurred_from,
    occurredDerived: r.occurred_derived,
    recordedAt: new Date(r.recorded_at),
    daysLate: r.days_late,
    lateEntry: r.days_late > lateEntryDays,
    actor: r.actor_id
      ? { id: r.actor_id, name: nameOf(r.actor_id), organisation: r.actor_organisation ?? '', role: r.actor_role ?? '' }
      : null,
    reason: r.reason,
    correlationId: r.correlation_id,
    causationId: r.causation_id,
    commandId: r.command_id,
    summary: r.summary,
    data: JSON.parse(r.data) as unknown,
    contentHidden: false,
    corrects: r.corrects
      ? {
          eventId: r.corrects,
          position: positions.get(r.corrects)?.toString() ?? '',
          reason: r.correction_reason ?? '',
        }
      : null,
    correctedBy,
  };
}

function positionOf(cursor: string): bigint {
  const key = decodeCursor(cursor);
  if (!/^\d+$/.test(key)) throw new InputValidationError([{ field: 'after', messages: ['is not a timeline cursor'] }]);
  return BigInt(key);
}
