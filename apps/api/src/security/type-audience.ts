import { getNamedType, GraphQLNamedType, GraphQLSchema, isAbstractType, isObjectType } from 'graphql';
import { CONTENT_READERS, FIELD_CONTENT_OF, FIELD_READERS, Role, TYPE_AUDIENCE } from '@samverkan/auth';
import type { OperationAccess } from './access-matrix';

export interface ReachedType {
  type: string;
  /** How the role gets there, e.g. `knowledgeReach.item`. */
  path: string;
  /** Roles the type declares as its readers (`@Audience`); a type without it is content. */
  audience: readonly Role[];
  declared: boolean;
}

/**
 * Every object type a role can reach: from the root fields it may call, through every field it may
 * select (a `RestrictedField`, or a `ShowsContentOf` field of a category, it is not among the
 * readers of stops the walk). Nested types count, not only the roots, so content cannot hide one
 * level down.
 */
export function typesReachableBy(
  schema: GraphQLSchema,
  operations: OperationAccess[],
  role: Role,
  readersOfCategory: (category: string) => ReadonlySet<Role>,
): ReachedType[] {
  const reached = new Map<string, ReachedType>();
  const visit = (type: GraphQLNamedType, path: string) => {
    for (const concrete of isAbstractType(type) ? schema.getPossibleTypes(type) : [type]) {
      if (!isObjectType(concrete) || reached.has(concrete.name)) continue;
      const declared = concrete.extensions?.[TYPE_AUDIENCE] as Role[] | undefined;
      reached.set(concrete.name, {
        type: concrete.name,
        path,
        audience: declared ?? CONTENT_READERS,
        declared: !!declared,
      });
      for (const field of Object.values(concrete.getFields())) {
        const readers = field.extensions?.[FIELD_READERS] as Role[] | undefined;
        if (readers && !readers.includes(role)) continue;
        const contentOf = field.extensions?.[FIELD_CONTENT_OF] as string | undefined;
        if (contentOf && !readersOfCategory(contentOf).has(role)) continue;
        visit(getNamedType(field.type), `${path}.${field.name}`);
      }
    }
  };
  const roots = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  };
  for (const op of operations.filter((o) => o.public || o.roles.includes(role))) {
    const field = roots[op.kind]?.getFields()[op.name];
    if (field) visit(getNamedType(field.type), op.name);
  }
  return [...reached.values()];
}
