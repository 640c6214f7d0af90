import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { Environment, GraphqlErrorFilter, inputValidationPipe } from '@samverkan/core';
import { DATA_DIR_LOCK, DataDirLockRelease } from './data-dir-lock';
import { compiledGateway } from './graphql/compiled-executor';
import { AuthenticationMiddleware } from './graphql/authentication.middleware';
import { DocumentBoundsMiddleware } from './graphql/document-bounds.middleware';
import { PersonsCaughtUpMiddleware } from './graphql/persons-caught-up.middleware';
import { GraphqlLimits } from './graphql/limits';
import { GraphqlWsServer } from './graphql/ws-server';
import { FigureReader } from './figures/figure-reader';
import { FiguresController } from './figures/figures.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { StoreHealthIndicator } from './health/store.health';
import { loggerModule } from './logging';
import { TokenController } from './oauth/token.controller';
import { RateLimits } from './rate-limits/rate-limits';
import { RateLimitMiddleware } from './rate-limits/rate-limit.middleware';
import { MyOperationsResolver } from './security/my-operations.resolver';
import { WebModule } from './web/web.module';
import { WorkspaceModule } from './workspace.module';

/** The API: every module, wired to the store the environment names. */
@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Who asks, and whether they have asked too often, before what is asked costs any parsing; then
    // the names as every replica has them.
    consumer
      .apply(AuthenticationMiddleware, RateLimitMiddleware, DocumentBoundsMiddleware, PersonsCaughtUpMiddleware)
      .forRoutes('graphql');
    // A figure file is a GraphQL query too: nothing about it (not even its parameters) before the
    // token, and it counts against the same budget.
    consumer.apply(AuthenticationMiddleware, RateLimitMiddleware).forRoutes(FiguresController);
  }

  /** `dataDirLock`: the server's hold on DATA_DIR (main.ts), given back at shutdown. */
  static register(env: Environment, options: { dataDirLock?: { release(): void } } = {}): DynamicModule {
    const limits = new GraphqlLimits(env);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ...env })] }),
        loggerModule(env),
        WorkspaceModule.register(env, { watch: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // Refused in production by the limits' own rule, the same on the websocket.
          introspection: true,
          includeStacktraceInErrorResponses: false,
          context: requestContext,
          // No `subscriptions`: GraphqlWsServer serves graphql-ws on /graphql with the same limits.
          formatError: stripInternals,
          parseOptions: limits.parseOptions,
          validationRules: [...limits.validationRules],
          // The API sets no cache hints; the cache-control plugin would still wrap every field's
          // resolver, and a timeline page resolves about a thousand fields (bench/README.md).
          plugins: [limits.apolloPlugin(), ApolloServerPluginCacheControlDisabled()],
          ...compiledExecution(),
        }),
        TerminusModule,
        DiscoveryModule,
        WebModule,
      ],
      controllers: [HealthController, MetricsController, FiguresController, TokenController],
      providers: [
        RateLimits,
        StoreHealthIndicator,
        FigureReader,
        { provide: DATA_DIR_LOCK, useValue: options.dataDirLock ?? null },
        DataDirLockRelease,
        { provide: GraphqlLimits, useValue: limits },
        GraphqlWsServer,
        MyOperationsResolver,
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
      ],
    };
  }
}

/**
 * Queries that repeat run compiled (graphql-jit) on the schema built here (bench/README.md). The
 * driver's config type leaves out Apollo's `gateway` option, its hook for another executor.
 */
function compiledExecution() {
  let schema: GraphQLSchema | undefined;
  return {
    transformSchema: (built: GraphQLSchema) => (schema = built),
    gateway: compiledGateway(() => schema!),
  };
}

/** HTTP operations carry the request (GraphqlWsServer builds its own context for the websocket). */
function requestContext(ctx: { req?: unknown }) {
  return { req: ctx.req };
}

/** Errors raised outside resolvers (parsing, variables) still never carry a stack trace. */
function stripInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const {
    stacktrace: _stack,
    exception: _exception,
    ...extensions
  } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
