import {
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLSchema,
  OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';

/** Loaded at the first compilation, not at start: it brings a JSON-schema compiler along. */
let jit: typeof import('graphql-jit') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadJit = () => (jit ??= require('graphql-jit') as typeof import('graphql-jit'));

/** What Apollo hands an executor (GatewayGraphQLRequestContext, the parts read here). */
export interface ExecutorRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | null;
  readonly operation: OperationDefinitionNode;
  readonly context: Record<string, unknown>;
  readonly request: { variables?: Record<string, unknown> };
}

/** A query document is compiled once it has been asked for this many times. */
export const COMPILE_AFTER = 2;

interface Seen {
  count: number;
  /** By operation name ('' for the only one): the compiled query, or null where graphql-jit declined. */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Executes queries the way graphql-js does, but compiled to plain functions (graphql-jit) once the
 * same document repeats: a page of 50 timeline entries resolves about a thousand fields, and
 * graphql-js pays for each a resolve-info object and a default resolver call that the compiled
 * query does not (bench/README.md). Parsing, validation and every limit still run first, in
 * Apollo; this replaces only the execution step, and only for queries.
 *
 * - A document is compiled on its second request, not its first, so a flood of distinct documents
 *   costs graphql-js execution only, never code generation as well.
 * - Mutations run through graphql-js: their time is in the command path, and serial execution
 *   stays exactly graphql-js's.
 * - A result with errors and no data (variables that do not coerce: nothing has run) is produced
 *   again by graphql-js, so such errors read exactly as they always did.
 * The cache is keyed by the document object: Apollo's document store hands the same object for
 * the same text, and a document it forgets is collected with its compiled query.
 */
export class CompiledExecutor {
  private readonly documents = new WeakMap<DocumentNode, Seen>();

  async execute(request: ExecutorRequest): Promise<ExecutionResult> {
    const compiled = this.compiledFor(request);
    const variables = request.request.variables;
    if (compiled) {
      const result = await compiled.query(undefined, request.context, variables);
      if (!(result.errors?.length && result.data === undefined)) return result;
    }
    return execute({
      schema: request.schema,
      document: request.document,
      contextValue: request.context,
      variableValues: variables,
      operationName: request.operationName ?? undefined,
    });
  }

  private compiledFor({ schema, document, operation, operationName }: ExecutorRequest): CompiledQuery | null {
    if (operation.operation !== OperationTypeNode.QUERY) return null;
    let seen = this.documents.get(document);
    if (!seen) this.documents.set(document, (seen = { count: 0, compiled: new Map() }));
    if (++seen.count < COMPILE_AFTER) return null;
    const key = operationName ?? '';
    if (!seen.compiled.has(key)) {
      const { compileQuery, isCompiledQuery } = loadJit();
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      seen.compiled.set(key, isCompiledQuery(compiled) ? compiled : null);
    }
    return seen.compiled.get(key)!;
  }
}

/**
 * Apollo's one hook for replacing execution is its gateway interface (load → executor); this one
 * serves the schema Nest built and executes with {@link CompiledExecutor}. Everything before
 * execution (parsing, validation, plugins) and after (error formatting, status codes) is Apollo's.
 */
export function compiledGateway(schema: () => GraphQLSchema, executor = new CompiledExecutor()) {
  let loaded: ((context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | null = null;
  return {
    onSchemaLoadOrUpdate(callback: (context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      loaded = callback;
      return () => (loaded = null);
    },
    async load() {
      loaded?.({ apiSchema: schema(), coreSupergraphSdl: '' });
      return { executor: (request: ExecutorRequest) => executor.execute(request) };
    },
    async stop() {},
  };
}
