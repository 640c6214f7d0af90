import { Module, OnModuleInit } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ModuleRegistry } from '@samverkan/core';
import { DialogueMeetingsOfYearQuery, dialogueQueryHandlers, SelectionsOfYearQuery } from './application';
import { dialogueModuleEvents } from './domain';
import { DialogueResolver } from './graphql/dialogue.resolver';
import { coverageExplainer } from './read-model/dialogue.coverage-evidence';
import { dialogueProjections } from './read-model/dialogue.projections';

/** Dialogue meetings with employers FK and AV select together, and the leadership dialogue. */
@Module({ providers: [...dialogueQueryHandlers, DialogueResolver] })
export class DialogueModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    const coverage = coverageExplainer(async (year) => ({
      selections: await this.queries.execute(new SelectionsOfYearQuery(year)),
      meetings: await this.queries.execute(new DialogueMeetingsOfYearQuery(year)),
    }));
    this.registry.add({ events: dialogueModuleEvents, projections: () => dialogueProjections, explainers: [coverage] });
  }
}
