import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { Environment, GraphqlErrorFilter, inputValidationPipe } from '@samverkan/core';
import { costPlugin, depthRule } from './graphql-limits';
import { HealthController } from './health/health.controller';
import { StoreHealthIndicator } from './health/store.health';
import { loggerModule } from './logging';
import { WebModule } from './web/web.module';
import { WorkspaceModule } from './workspace.module';

/** The API: every module, wired to the store the environment names. */
@Module({})
export class AppModule {
  static register(env: Environment): DynamicModule {
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
          introspection: env.NODE_ENV !== 'production',
          includeStacktraceInErrorResponses: false,
          context: requestContext,
          // Live timeline: graphql-ws on the same path; the token comes in the connection params.
          subscriptions: { 'graphql-ws': { path: '/graphql' } },
          formatError: stripInternals,
          validationRules: [depthRule(env)],
          // The API sets no cache hints; the cache-control plugin would still wrap every field's
          // resolver, and a timeline page resolves about a thousand fields (bench/README.md).
          plugins: [costPlugin(env), ApolloServerPluginCacheControlDisabled()],
        }),
        TerminusModule,
        DiscoveryModule,
        WebModule,
      ],
      controllers: [HealthController],
      providers: [
        StoreHealthIndicator,
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
      ],
    };
  }
}

/**
 * HTTP operations carry the request; a graphql-ws subscription gets a request-like object built
 * from its connection params, so the auth guard and the decorators read both alike.
 */
function requestContext(ctx: { req?: unknown; connectionParams?: Record<string, unknown>; extra?: { connectionParams?: Record<string, unknown> } }) {
  if (ctx.req) return { req: ctx.req };
  const params = ctx.connectionParams ?? ctx.extra?.connectionParams ?? {};
  const authorization = params.authorization ?? params.Authorization;
  return { req: { id: randomUUID(), headers: { authorization: typeof authorization === 'string' ? authorization : undefined } } };
}

/** Errors raised outside resolvers (parsing, variables) still never carry a stack trace. */
function stripInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
