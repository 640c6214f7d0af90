import { STATUS_CODES } from 'node:http';
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
      const http = host.switchToHttp();
      const correlationId = http.getRequest<{ id?: unknown }>().id;
      this.logger.warn({ msg: 'request refused', status: refusal.status, reason: refusal.message, correlationId });
      // The body never reached Apollo, but the client speaks GraphQL: answer in its shape.
      http
        .getResponse<JsonResponse>()
        .status(refusal.status)
        .json({
          errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
        });
      return;
    }
    const request = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string } }>().req;
    const correlationId = request?.id !== undefined ? String(request.id) : undefined;
    return toGraphQLError(exception, correlationId, (error) =>
      this.logger.error({ msg: 'unexpected error', correlationId, err: error }),
    );
  }
}

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * Errors of Express middleware (body-parser's 400, 413, 415) that say the request itself was
 * refused. The code is the status's name (BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE).
 */
function clientRefusal(exception: unknown): { status: number; code: string; message: string } | null {
  const { status, expose, message } = (exception ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
  if (
    exception instanceof HttpException ||
    expose !== true ||
    typeof status !== 'number' ||
    status < 400 ||
    status >= 500
  )
    return null;
  const code = (STATUS_CODES[status] ?? 'Bad Request').toUpperCase().replace(/[^A-Z]+/g, '_');
  return { status, code, message: String(message) };
}
