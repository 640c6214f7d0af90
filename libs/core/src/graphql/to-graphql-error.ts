import { GraphQLError } from 'graphql';
import { StoreUnavailableError } from '@samverkan/event-store';
import { ForbiddenError, ShuttingDownError, UnauthenticatedError } from '../errors/access-errors';
import { ConcurrencyConflict, DomainRuleViolation, NotFoundError, ProjectionTimeout } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';

/**
 * Maps what a resolver threw to the error a client sees (ARCHITECTURE.md, "Errors"). Anything
 * unexpected becomes a generic error that quotes the correlation id; its details go to the log.
 */
export function toGraphQLError(
  error: unknown,
  correlationId: string | undefined,
  logUnexpected: (e: unknown) => void,
): GraphQLError {
  const ext = (code: string, extra: Record<string, unknown> = {}) => ({ extensions: { code, ...extra } });
  if (error instanceof GraphQLError) return error;
  if (error instanceof InputValidationError)
    return new GraphQLError(error.message, ext('BAD_USER_INPUT', { fields: error.fields }));
  if (error instanceof DomainRuleViolation) {
    return new GraphQLError(error.message, ext('DOMAIN_RULE_VIOLATION', { rule: error.code, details: error.details }));
  }
  if (error instanceof ConcurrencyConflict) {
    return new GraphQLError(
      error.message,
      ext('CONFLICT', { stream: error.stream, expectedRevision: error.expected, actualRevision: error.actual }),
    );
  }
  if (error instanceof NotFoundError)
    return new GraphQLError(error.message, ext('NOT_FOUND', { rule: error.code, id: error.id }));
  if (error instanceof ProjectionTimeout) {
    return new GraphQLError(
      error.message,
      ext('PROJECTION_TIMEOUT', { written: true, position: error.position.toString() }),
    );
  }
  if (error instanceof StoreUnavailableError) {
    // Appends are atomic, so nothing is half-applied; the commandId makes the retry apply once.
    return new GraphQLError(
      'The event store is unreachable, so the command was not confirmed. Retry with the same commandId: it is applied at most once.',
      ext('STORE_UNAVAILABLE', { retryable: true }),
    );
  }
  if (error instanceof UnauthenticatedError) return new GraphQLError(error.message, ext('UNAUTHENTICATED'));
  if (error instanceof ForbiddenError)
    return new GraphQLError(error.message, ext('FORBIDDEN', { requiredRoles: error.requiredRoles }));
  if (error instanceof ShuttingDownError) return new GraphQLError(error.message, ext('SHUTTING_DOWN'));
  logUnexpected(error);
  return new GraphQLError(
    `Internal error. Quote correlation id ${correlationId ?? 'unknown'} when reporting it.`,
    ext('INTERNAL_SERVER_ERROR', { correlationId }),
  );
}
