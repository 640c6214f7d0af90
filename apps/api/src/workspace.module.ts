import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from '@samverkan/audit';
import { AuthModule } from '@samverkan/auth';
import { CoreModule, Environment } from '@samverkan/core';
import { DialogueModule } from '@samverkan/dialogue';
import { ForumsModule } from '@samverkan/forums';
import { KnowledgeModule } from '@samverkan/knowledge';
import { MomentumModule } from '@samverkan/momentum';
import { OversightModule } from '@samverkan/oversight';
import { PlanModule } from '@samverkan/plan';
import { SupervisionModule } from '@samverkan/supervision';
import { TipsModule } from '@samverkan/tips';

/**
 * Every domain module on the core, without HTTP: the API adds GraphQL and health on top, the
 * CLI uses it as it is. Add a new module to `imports` here. `watch` starts the overdue watcher
 * (the API does; operator commands do not record system actions).
 */
@Module({})
export class WorkspaceModule {
  static register(env: Environment, options: { follow?: boolean; watch?: boolean } = {}): DynamicModule {
    return {
      module: WorkspaceModule,
      imports: [
        CqrsModule.forRoot(),
        CoreModule.forRoot(env, options),
        AuthModule,
        AuditModule,
        PlanModule,
        TipsModule,
        ForumsModule,
        SupervisionModule,
        DialogueModule,
        KnowledgeModule,
        MomentumModule,
        OversightModule.register({ watch: options.watch ?? false }),
      ],
    };
  }
}
