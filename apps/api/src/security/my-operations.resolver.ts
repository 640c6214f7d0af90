import { Query, Resolver } from '@nestjs/graphql';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ALL_ROLES, CurrentActor, Role, Roles } from '@samverkan/auth';
import type { Actor } from '@samverkan/core';
import { OperationAccess, operationsDeclared } from './access-matrix';

/**
 * The role matrix as the signed-in role sees it: the web app shows a desk only where the role may
 * call what the desk needs, from the same @Roles metadata as docs/SECURITY.md, so the navigation
 * keeps no list of its own.
 */
@Resolver()
export class MyOperationsResolver {
  private matrix?: OperationAccess[];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  @Query(() => [String], {
    description:
      'The queries, mutations and subscriptions your role may call, as `Query.name`, `Mutation.name`, `Subscription.name` (the role matrix of docs/SECURITY.md).',
  })
  @Roles(...ALL_ROLES)
  myOperations(@CurrentActor() actor: Actor): string[] {
    // The resolvers' metadata is fixed once the app has started.
    this.matrix ??= operationsDeclared(this.discovery, this.scanner, this.reflector);
    return this.matrix
      .filter((op) => op.public || op.roles.includes(actor.role as Role))
      .map((op) => `${op.kind}.${op.name}`);
  }
}
