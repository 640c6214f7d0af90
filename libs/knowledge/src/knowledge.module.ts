import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry } from '@samverkan/core';
import { knowledgeQueryHandlers } from './application';
import { knowledgeModuleEvents } from './domain';
import { KnowledgeGroupResolver } from './graphql/knowledge-group.resolver';
import { KnowledgeResolver } from './graphql/knowledge.resolver';
import { knowledgeProjections } from './read-model/knowledge.projections';

/** The national knowledge group, its knowledge items, and where they were presented. */
@Module({ providers: [...knowledgeQueryHandlers, KnowledgeGroupResolver, KnowledgeResolver] })
export class KnowledgeModule implements OnModuleInit {
  constructor(private readonly registry: ModuleRegistry) {}

  onModuleInit(): void {
    this.registry.add({ events: knowledgeModuleEvents, projections: () => knowledgeProjections });
  }
}
