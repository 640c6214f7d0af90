import { Module, OnModuleInit } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EventCatalog, ExplainerRegistry, ModuleRegistry } from '@samverkan/core';
import { forumsQueryHandlers, ListForumsQuery, MeetingsOfYearQuery } from './application';
import { forumsModuleEvents } from './domain';
import { ForumResolver } from './graphql/forum.resolver';
import { JointActionResolver } from './graphql/joint-action.resolver';
import { MeetingResolver } from './graphql/meeting.resolver';
import { forumCadence } from './read-model/forums.cadence';
import { cadenceExplainer } from './read-model/forums.cadence-evidence';
import { forumsProjections } from './read-model/forums.projections';

/** Regional forums: members and their representatives, meetings and attendance, joint actions. */
@Module({
  providers: [...forumsQueryHandlers, ForumResolver, MeetingResolver, JointActionResolver],
})
export class ForumsModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
    private readonly explainers: ExplainerRegistry,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.catalog.register(forumsModuleEvents);
    for (const projection of forumsProjections(this.catalog)) this.registry.addProjection(projection);
    this.explainers.register(
      cadenceExplainer(async (year) => {
        const forums = await this.queries.execute(new ListForumsQuery());
        const meetings = await this.queries.execute(new MeetingsOfYearQuery(year));
        return forumCadence(
          forums.map((f) => f.doc),
          meetings,
        );
      }),
    );
  }
}
