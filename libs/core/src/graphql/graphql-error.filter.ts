import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { toGraphQLError } from './to-graphql-error';

/** Every resolver error goes through here, so no stack trace or internal message leaks. */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw exception;
    const request = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string } }>().req;
    const correlationId = request?.id !== undefined ? String(request.id) : undefined;
    return toGraphQLError(exception, correlationId, (error) =>
      this.logger.error({ msg: 'unexpected error', correlationId, err: error }),
    );
  }
}
