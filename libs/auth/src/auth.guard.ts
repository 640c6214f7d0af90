import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, PersonDirectory, UnauthenticatedError } from '@samverkan/core';
import { bearerToken } from './bearer';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './decorators';
import { Role } from './roles';
import { TokenService, VerifiedToken } from './token-service';

/**
 * Every GraphQL operation needs a verified bearer token unless marked @Public; @Roles narrows it.
 * The person's name from the token goes to the erasable person directory, not into events.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Tokens whose person this process has written to the directory. TokenService hands the same
   * object for the same token, so a token's name is written once, not at every request: the write
   * (a transaction, the row read and its fields unsealed to compare) was a twentieth of a small
   * query's server time (bench/README.md), and it wrote nothing after the first.
   */
  private readonly named = new WeakSet<VerifiedToken>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly persons: PersonDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (context.getType<string>() !== 'graphql') return true;
    const request = requestOf(context);
    if (!request.actor) {
      const token = bearerToken(request.headers.authorization);
      if (!token) throw new UnauthenticatedError();
      const verified = request.verified ?? (await this.tokens.verify(token));
      request.actor = verified.actor;
      request.claims = verified.claims;
      // Once per token, not per request or root field; a machine client is no person.
      if (!verified.serviceCredentialId && !this.named.has(verified)) {
        await this.persons.upsert(verified.actor.id, {
          name: verified.name,
          email: verified.email,
          organisation: verified.actor.organisation,
        });
        this.named.add(verified);
      }
    }
    const actor = request.actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role as Role)) throw new ForbiddenError(roles, actor.role);
    return true;
  }
}
