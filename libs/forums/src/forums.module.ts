import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { forumsCommandHandlers, forumsQueryHandlers } from './application';
import { forumsModuleEvents } from './domain';
import { ForumResolver } from './graphql/forum.resolver';
import { JointActionResolver } from './graphql/joint-action.resolver';
import { MeetingResolver } from './graphql/meeting.resolver';
import { forumsProjections } from './read-model/forums.projections';

/** Regional forums: members and their representatives, meetings and attendance, joint actions. */
@Module({
  providers: [...forumsCommandHandlers, ...forumsQueryHandlers, ForumResolver, MeetingResolver, JointActionResolver],
})
export class ForumsModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
  ) {}

  onModuleInit(): void {
    this.catalog.register(forumsModuleEvents);
    for (const projection of forumsProjections) this.registry.addProjection(projection);
  }
}
