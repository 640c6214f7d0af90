import { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ALL_ROLES, PUBLIC_KEY, Role, ROLES_KEY } from '@samverkan/auth';

export type OperationKind = 'Query' | 'Mutation' | 'Subscription';

export interface OperationAccess {
  kind: OperationKind;
  name: string;
  /** Roles the operation admits; every role when it declares none (a token is still needed). */
  roles: Role[];
  /** Callable without a token. */
  public: boolean;
  /** Whether the resolver names its roles (an operation that does not is admitted to every role). */
  declared: boolean;
}

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every query, mutation and subscription with the roles it admits, read from the resolvers' own
 * @Roles metadata: the one source for docs/SECURITY.md and the role tests.
 */
export function accessMatrix(app: INestApplicationContext): OperationAccess[] {
  return operationsDeclared(app.get(DiscoveryService), app.get(MetadataScanner), app.get(Reflector));
}

/** The matrix from Nest's own services, for a provider that has them injected (the `myOperations` query). */
export function operationsDeclared(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): OperationAccess[] {
  const operations: OperationAccess[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, (...args: unknown[]) => unknown>)[method];
      const kind = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
      const targets = [handler, wrapper.metatype as new () => unknown];
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      operations.push({
        kind,
        name,
        roles: roles ?? [...ALL_ROLES],
        public: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
        declared: roles !== undefined,
      });
    }
  }
  const order: Record<OperationKind, number> = { Query: 0, Mutation: 1, Subscription: 2 };
  return operations.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

/** The matrix as a Markdown table: one row per operation, one column per role. */
export function accessMatrixMarkdown(operations: OperationAccess[]): string {
  const header = `| operation | ${ALL_ROLES.join(' | ')} |`;
  const rule = `| --- | ${ALL_ROLES.map(() => ':-:').join(' | ')} |`;
  const rows = operations.map(
    (op) =>
      `| ${op.kind.toLowerCase()} \`${op.name}\` | ${ALL_ROLES.map((r) => (op.public || op.roles.includes(r) ? '✔' : '·')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
