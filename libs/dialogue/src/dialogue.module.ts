import { Module, OnModuleInit } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EventCatalog, ExplainerRegistry, ModuleRegistry } from '@samverkan/core';
import { DialogueMeetingsOfYearQuery, dialogueQueryHandlers, SelectionsOfYearQuery } from './application';
import { dialogueModuleEvents } from './domain';
import { DialogueResolver } from './graphql/dialogue.resolver';
import { coverageExplainer } from './read-model/dialogue.coverage-evidence';
import { dialogueProjections } from './read-model/dialogue.projections';

/** Dialogue meetings with employers FK and AV select together, and the leadership dialogue. */
@Module({ providers: [...dialogueQueryHandlers, DialogueResolver] })
export class DialogueModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
    private readonly explainers: ExplainerRegistry,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.catalog.register(dialogueModuleEvents);
    this.registry.addProjection(...dialogueProjections);
    this.explainers.register(
      coverageExplainer(async (year) => ({
        selections: await this.queries.execute(new SelectionsOfYearQuery(year)),
        meetings: await this.queries.execute(new DialogueMeetingsOfYearQuery(year)),
      })),
    );
  }
}
