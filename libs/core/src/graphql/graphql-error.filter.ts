import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { toGraphQLError } from './to-graphql-error';

/**
 * Every resolver error goes through here, so no stack trace or internal message leaks. Errors of
 * plain HTTP routes (/health) go to Nest's own JSON handling: rethrowing them would reach
 * Express's default handler, which answers with an HTML page and a stack trace.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const request = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string } }>().req;
    const correlationId = request?.id !== undefined ? String(request.id) : undefined;
    return toGraphQLError(exception, correlationId, (error) =>
      this.logger.error({ msg: 'unexpected error', correlationId, err: error }),
    );
  }
}
