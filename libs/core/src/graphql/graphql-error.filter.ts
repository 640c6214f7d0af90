import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
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
    if (host.getType<string>() !== 'graphql') {
      const refusal = clientRefusal(exception);
      if (!refusal) return super.catch(exception, host);
      // The client's mistake (a body over the limit, bad JSON): a warning, and no stack.
      const correlationId = host.switchToHttp().getRequest<{ id?: unknown }>().id;
      this.logger.warn({ msg: 'request refused', status: refusal.getStatus(), reason: refusal.message, correlationId });
      return super.catch(refusal, host);
    }
    const request = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string } }>().req;
    const correlationId = request?.id !== undefined ? String(request.id) : undefined;
    return toGraphQLError(exception, correlationId, (error) =>
      this.logger.error({ msg: 'unexpected error', correlationId, err: error }),
    );
  }
}

/** Errors of Express middleware (body-parser's 413, 400) that say the request itself was refused. */
function clientRefusal(exception: unknown): HttpException | null {
  const { status, expose, message } = (exception ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
  if (exception instanceof HttpException || expose !== true || typeof status !== 'number' || status < 400 || status >= 500) return null;
  return new HttpException({ statusCode: status, message: String(message) }, status);
}
