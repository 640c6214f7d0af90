import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ContentAccess, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, EVENT_STORE, EventCatalog, ExplainerRegistry } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { explainFigure } from '../explain/explain-figure';
import { hiddenSummary } from './hidden-content';
import { ExplainArgs, ExplainedEvent } from './explain.types';

@Resolver()
export class ExplainResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly explainers: ExplainerRegistry,
    private readonly access: ContentAccess,
  ) {}

  @Query(() => [ExplainedEvent], {
    description: 'The events behind one cell of a dashboard figure: as many as the figure counts.',
  })
  @Roles(Role.AUDITOR, Role.STEERING_GROUP)
  async explain(@Args() args: ExplainArgs, @CurrentActor() actor: Actor): Promise<ExplainedEvent[]> {
    const events = await explainFigure(
      { store: this.store, catalog: this.catalog, explainers: this.explainers },
      args.figure,
      args.cell,
    );
    return events.map((e) => {
      // The count is the role's to read; what each event says follows the module's read rule.
      const readable = this.access.mayRead(actor.role, e.stream);
      return {
        position: e.position.toString(),
        eventId: e.id,
        stream: e.stream,
        revision: e.revision,
        type: e.type,
        occurredAt: new Date(this.catalog.occurredAt(e).at),
        summary: readable ? this.catalog.summarize(e) : hiddenSummary(e.type),
        contentHidden: !readable,
      };
    });
  }
}
