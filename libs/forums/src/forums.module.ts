import { Module, OnModuleInit } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ModuleRegistry } from '@samverkan/core';
import { ForumsOfYearQuery, forumsQueryHandlers, MeetingsOfYearQuery } from './application';
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
    private readonly registry: ModuleRegistry,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    const cadence = cadenceExplainer(async (year) => {
      const forums = await this.queries.execute(new ForumsOfYearQuery(year));
      const meetings = await this.queries.execute(new MeetingsOfYearQuery(year));
      return forumCadence(
        forums.map((f) => f.doc),
        meetings,
      );
    });
    this.registry.add({ events: forumsModuleEvents, projections: forumsProjections, explainers: [cadence] });
  }
}
