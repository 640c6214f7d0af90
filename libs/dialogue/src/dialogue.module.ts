import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { dialogueCommandHandlers, dialogueQueryHandlers } from './application';
import { dialogueModuleEvents } from './domain';
import { DialogueResolver } from './graphql/dialogue.resolver';
import { dialogueProjections } from './read-model/dialogue.projections';

/** Dialogue meetings with employers FK and AV select together, and the leadership dialogue. */
@Module({ providers: [...dialogueCommandHandlers, ...dialogueQueryHandlers, DialogueResolver] })
export class DialogueModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
  ) {}

  onModuleInit(): void {
    this.catalog.register(dialogueModuleEvents);
    this.registry.addProjection(...dialogueProjections);
  }
}
