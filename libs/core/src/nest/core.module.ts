import {
  BeforeApplicationShutdown,
  DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore, StoreAccessDeniedError } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { Environment } from '../config/environment';
import { PersonDirectory } from '../personal-data/person-directory';
import { openPersonDirectory, openPostgres } from './open-personal-state';
import { PostgresDatabase } from '../postgres/postgres-database';
import { WorkspaceMetrics } from './workspace-metrics';
import { ProcessManagerRunner } from '../process/process-manager-runner';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelDb } from '../read-model/read-model-db';
import { CommandPipeline } from './command-pipeline.service';
import { describeEventStore, openEventStore } from './open-event-store';
import { ModuleRegistry } from './projection-registry';
import { ExplainerRegistry } from '../explain/figure-explainer';
import { ENVIRONMENT, EVENT_STORE, POSTGRES } from './tokens';

const FOLLOW_STORE = Symbol('FOLLOW_STORE');

/** The spine every module uses: store, catalog, read models, projections, command pipeline. */
@Global()
@Module({})
export class CoreModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Core');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly runner: ProjectionRunner,
    private readonly processes: ProcessManagerRunner,
    private readonly pipeline: CommandPipeline,
    private readonly readModels: ReadModelDb,
    private readonly persons: PersonDirectory,
    @Inject(POSTGRES) private readonly postgres: PostgresDatabase | null,
    @Inject(FOLLOW_STORE) private readonly follow: boolean,
  ) {}

  /** `follow: false` for operator commands that drive the projections themselves (rebuild). */
  static forRoot(env: Environment, options: { follow?: boolean } = {}): DynamicModule {
    mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 });
    return {
      module: CoreModule,
      providers: [
        { provide: ENVIRONMENT, useValue: env },
        { provide: FOLLOW_STORE, useValue: options.follow ?? true },
        { provide: EVENT_STORE, useFactory: () => openEventStore(env) },
        { provide: ReadModelDb, useFactory: () => new ReadModelDb(join(env.DATA_DIR, 'read-models.sqlite')) },
        WorkspaceMetrics,
        { provide: POSTGRES, inject: [WorkspaceMetrics], useFactory: (m: WorkspaceMetrics) => openPostgres(env, m) },
        {
          provide: PersonDirectory,
          inject: [POSTGRES],
          useFactory: (postgres: PostgresDatabase | null) => openPersonDirectory(env, postgres),
        },
        EventCatalog,
        ModuleRegistry,
        ExplainerRegistry,
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, ReadModelDb, EventCatalog, ModuleRegistry],
          useFactory: (store: EventStore, db: ReadModelDb, catalog: EventCatalog, registry: ModuleRegistry) =>
            new ProjectionRunner(store, db, catalog, registry.projections, (error) =>
              new Logger('Projections').error({ msg: 'projection stopped', err: error }),
            ),
        },
        {
          provide: ProcessManagerRunner,
          inject: [EVENT_STORE, ReadModelDb, EventCatalog, ModuleRegistry],
          useFactory: (store: EventStore, db: ReadModelDb, catalog: EventCatalog, registry: ModuleRegistry) => {
            const logger = new Logger('ProcessManagers');
            return new ProcessManagerRunner(store, db, catalog, registry.processManagers, {
              failed: (manager, position, err, retryInMs) =>
                logger.warn({
                  msg: 'process manager failed on an event; retrying',
                  manager,
                  position: position.toString(),
                  err,
                  retryInMs,
                }),
              skipped: (manager, position, err) =>
                logger.error({
                  msg: 'process manager command refused; event passed',
                  manager,
                  position: position.toString(),
                  err,
                }),
            });
          },
        },
        CommandPipeline,
      ],
      exports: [
        ENVIRONMENT,
        EVENT_STORE,
        ReadModelDb,
        PersonDirectory,
        POSTGRES,
        WorkspaceMetrics,
        EventCatalog,
        ModuleRegistry,
        ExplainerRegistry,
        ProjectionRunner,
        ProcessManagerRunner,
        CommandPipeline,
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.follow) return;
    await refuseWithoutAccess(this.store);
    await this.runner.start();
    this.processes.start();
    this.logger.log({
      msg: 'projections following the store',
      store: describeEventStore(this.env),
      from: this.runner.position?.toString() ?? 'start',
    });
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log({ msg: 'shutting down: refusing new commands, finishing those in flight', signal });
    await this.processes.stop();
    await this.pipeline.drain(this.env.SHUTDOWN_TIMEOUT_MS);
    await this.runner.stop();
    await this.store.close();
    this.readModels.close();
    await this.persons.close();
    await this.postgres?.close();
    this.logger.log({ msg: 'stopped: every accepted command is stored and the stores are closed' });
  }
}

/**
 * Reads the head of $all once before following it: a user without the right to read $all fails
 * the start with StoreAccessDeniedError, which names the fix, instead of a subscription that
 * ends and leaves every read model behind. A store that is down is no reason not to start.
 */
async function refuseWithoutAccess(store: EventStore): Promise<void> {
  try {
    await store.headPosition();
  } catch (error) {
    if (error instanceof StoreAccessDeniedError) throw error;
  }
}
