import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import {
  ALL_ROLES,
  commandMutationsWithoutResolver,
  ContentAccess,
  Role,
  SERVICE_CREDENTIAL_ROLES,
} from '@samverkan/auth';
import { accessMatrix, OperationAccess } from '../../apps/api/src/security/access-matrix';
import { withAccessMatrix } from '../../apps/api/src/security/security-doc';
import { typesReachableBy } from '../../apps/api/src/security/type-audience';
import { operationText } from '../support/schema-inputs';
import { useTestApp } from '../support/test-app';

/** A value of the type that passes GraphQL's own validation, so the guard is what answers. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    return (
      ({ Int: 1, Float: 1, Boolean: false, DateTime: '2025-01-01T00:00:00.000Z', JSON: {} } as Record<string, unknown>)[
        type.name
      ] ?? 'x'
    );
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return {
    query: operationText(kind, field, required),
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

/** A connection's node type, or the type itself. */
function entityOf(type: GraphQLNamedType): GraphQLNamedType {
  const edges = isObjectType(type) ? type.getFields().edges : undefined;
  const edge = edges && getNamedType(edges.type);
  return edge && isObjectType(edge) ? getNamedType(edge.getFields().node.type) : type;
}

describe('Who may do what: the role matrix', () => {
  const t = useTestApp();
  let operations: OperationAccess[];
  let schema: GraphQLSchema;
  let access: ContentAccess;
  const readers = (category: string) => access.readersOf(category);
  beforeAll(async () => {
    operations = accessMatrix(t.app);
    schema = t.app.get(GraphQLSchemaHost).schema;
    access = t.app.get(ContentAccess);
  });

  it('covers every operation of the schema, each naming its roles', () => {
    const inSchema = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((n) => `Query.${n}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((n) => `Mutation.${n}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((n) => `Subscription.${n}`),
    ].sort();
    expect(operations.map((o) => `${o.kind}.${o.name}`).sort()).toEqual(inSchema);
    expect(operations.filter((o) => !o.declared || o.public).map((o) => o.name)).toEqual([]);
    // A command mutation whose class no @CommandResolver declares would be missing from the schema, silently.
    expect(commandMutationsWithoutResolver()).toEqual([]);
  });

  it('issues service credentials only for roles whose row holds no mutation (machine clients read, never write)', () => {
    const writing = SERVICE_CREDENTIAL_ROLES.filter((role) =>
      operations.some((o) => o.kind === 'Mutation' && o.roles.includes(role as Role)),
    );
    expect(writing).toEqual([]);
  });

  it('is printed in docs/SECURITY.md exactly as the code declares it (run `npm run schema`)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'SECURITY.md'), 'utf8');
    expect(withAccessMatrix(committed, operations)).toBe(committed);
  });

  it("tells each signed-in role its own row of the matrix (myOperations, for the web app's navigation)", async () => {
    for (const role of ALL_ROLES) {
      const res = await t.gql(role, '{ myOperations }');
      expect(res.errors).toBeUndefined();
      const own = operations.filter((o) => o.public || o.roles.includes(role)).map((o) => `${o.kind}.${o.name}`);
      expect(res.data?.myOperations).toEqual(own);
    }
    const steering = (await t.gql(Role.STEERING_GROUP, '{ myOperations }')).data?.myOperations as string[];
    expect(steering).toEqual(expect.arrayContaining(['Mutation.adoptCollaborationPlan', 'Query.obligations']));
    expect((await t.gql(Role.DASHBOARD, '{ myOperations }')).data?.myOperations).not.toContain(
      'Mutation.adoptCollaborationPlan',
    );
  });

  it('answers every query and mutation, for every role, as the matrix says', async () => {
    const mismatches: string[] = [];
    for (const op of operations.filter((o) => o.kind !== 'Subscription')) {
      const root = op.kind === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const { query, variables } = operationOf(op.kind === 'Query' ? 'query' : 'mutation', root.getFields()[op.name]);
      for (const role of ALL_ROLES) {
        const res = await t.gql(role, query, variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes('GRAPHQL_VALIDATION_FAILED'))
          mismatches.push(`${op.name}: the test's sample does not validate (${res.errors?.[0].message})`);
        const refused = codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED');
        if (refused === op.roles.includes(role))
          mismatches.push(`${op.name} as ${role}: ${refused ? 'refused' : 'allowed'} (${codes.join(',') || 'ok'})`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('lets each role reach, nested fields included, only object types declared readable by it', () => {
    const beyond = ALL_ROLES.flatMap((role) =>
      typesReachableBy(schema, operations, role, readers)
        .filter((t) => !t.audience.includes(role))
        .map((t) => `${role} reaches ${t.type} via ${t.path}`),
    );
    expect(beyond).toEqual([]);
  });

  it('lets DASHBOARD reach aggregates only: no item, meeting title, trail pointer or person type', () => {
    const reached = typesReachableBy(schema, operations, Role.DASHBOARD, readers)
      .map((t) => t.type)
      .sort();
    for (const content of [
      'KnowledgeItem',
      'PresentationType',
      'ItemReviewType',
      'EventReference',
      'TimelineEntry',
      'ReferencedPerson',
    ]) {
      expect(reached).not.toContain(content);
    }
    expect(reached).toEqual(
      expect.arrayContaining(['KnowledgeReachType', 'TipFunnel', 'ForumCadenceReport', 'PlanVersusActual']),
    );
  });

  it("lets no role reach a module's entity, by any path, unless it may read that module's content", () => {
    // The entity types of a category: what the queries that show it return (connections unwrapped).
    const categoriesOf = new Map<string, Set<string>>();
    for (const view of access.views()) {
      const type = entityOf(getNamedType(schema.getQueryType()!.getFields()[view.query].type));
      for (const category of view.categories)
        categoriesOf.set(type.name, new Set([...(categoriesOf.get(type.name) ?? []), category]));
    }
    expect(categoriesOf.get('Tip')).toEqual(new Set(['tip']));
    expect(categoriesOf.get('Impulse')).toEqual(new Set(['impulse']));
    const beyond = ALL_ROLES.flatMap((role) =>
      typesReachableBy(schema, operations, role, readers)
        .filter((t) => !t.declared && [...(categoriesOf.get(t.type) ?? [])].some((c) => !readers(c).has(role)))
        .map((t) => `${role} reaches ${t.type} via ${t.path}`),
    );
    expect(beyond).toEqual([]);
  });
});
