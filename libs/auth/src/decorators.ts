import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, Sender } from '@samverkan/core';
import { Role } from './roles';
import type { VerifiedToken } from './token-service';

export const ROLES_KEY = 'samverkan:roles';
export const PUBLIC_KEY = 'samverkan:public';

/** Only these roles may call the resolver. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Callable without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthenticatedRequest {
  id?: string | number;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  claims?: Record<string, unknown>;
  /** Set by whoever verified the token first (the HTTP middleware, the websocket at connection), so it is verified once. */
  verified?: VerifiedToken;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The actor the guard verified: events take it from here, never from the input. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a resolver without authentication');
  return actor;
});

/** Who sends a mutation's request: the verified actor, the request's correlation id and the forums its token grants. */
export const CommandSender = createParamDecorator((_: unknown, context: ExecutionContext): Sender => {
  const request = requestOf(context);
  if (!request.actor) throw new Error('CommandSender used on a resolver without authentication');
  // The correlation id comes from the x-correlation-id header or is generated; the forums claim names
  // the forums a coordinator acts on.
  const claim = request.claims?.forums;
  const forums = Array.isArray(claim) ? claim.filter((id): id is string => typeof id === 'string') : [];
  return { actor: request.actor, correlationId: String(request.id ?? ''), forums };
});
