import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { knowledgeQueryHandlers } from './application';
import { knowledgeModuleEvents } from './domain';
import { KnowledgeGroupResolver } from './graphql/knowledge-group.resolver';
import { KnowledgeResolver } from './graphql/knowledge.resolver';
import { knowledgeProjections } from './read-model/knowledge.projections';

/** The national knowledge group, its knowledge items, and where they were presented. */
@Module({ providers: [...knowledgeQueryHandlers, KnowledgeGroupResolver, KnowledgeResolver] })
export class KnowledgeModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
  ) {}

  onModuleInit(): void {
    this.catalog.register(knowledgeModuleEvents);
    this.registry.addProjection(...knowledgeProjections);
  }
}
