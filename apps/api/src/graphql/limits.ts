import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  GraphQLError,
  GraphQLSchema,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { BoundedMemo, Environment } from '@samverkan/core';
import { DocumentBounds, documentBoundsErrors } from './document-bounds';
import { OperationRequest, operationErrors } from './operation-cost';

/** Operation names and variables remembered as within the limits, per document. */
const REMEMBERED_PER_DOCUMENT = 100;
/** Longer variables are checked every time rather than kept. */
const MAX_REMEMBERED_KEY = 4_000;

/**
 * Every limit a GraphQL operation meets before it runs, built once from the environment and used by
 * both transports (Apollo over HTTP, graphql-ws over the websocket), so neither can drift:
 * - `parseOptions`: the token budget, so parsing stops early on a huge document;
 * - `documentErrors`: bounds and depth, checked after parsing and before graphql-js validates;
 * - `validationRules`: with graphql-js's own, introspection refused in production;
 * - `operationErrors`: per operation, with its variables: their types, then the cost.
 * The largest message is the transports' own (body parser limit, ws maxPayload), both MAX_BODY_BYTES.
 */
export class GraphqlLimits {
  readonly parseOptions: ParseOptions;
  readonly validationRules: readonly ValidationRule[];
  readonly maxMessageBytes: number;
  private readonly bounds: DocumentBounds;
  /**
   * Per document (Apollo hands the same object for the same text), the operations and variables
   * that passed: the cost walk of a timeline page was a twentieth of its server time, the same
   * answer every time (bench/README.md). Refusals are computed afresh: they are rare and cheap
   * next to what they refuse.
   */
  private readonly passed = new WeakMap<DocumentNode, BoundedMemo<string, true>>();

  constructor(private readonly env: Environment) {
    this.parseOptions = { maxTokens: env.GRAPHQL_MAX_TOKENS };
    this.maxMessageBytes = env.MAX_BODY_BYTES;
    this.bounds = {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxFragments: env.GRAPHQL_MAX_FRAGMENTS,
      maxFragmentSpreads: env.GRAPHQL_MAX_FRAGMENT_SPREADS,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    };
    this.validationRules = env.NODE_ENV === 'production' ? [noIntrospection] : [];
  }

  documentErrors(document: DocumentNode): GraphQLError[] {
    return documentBoundsErrors(document, this.bounds);
  }

  operationErrors(schema: GraphQLSchema, document: DocumentNode, request: OperationRequest): GraphQLError[] {
    const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
    const passed = this.passed.get(document);
    if (passed?.get(key)) return [];
    const errors = operationErrors(schema, document, request, {
      maxCost: this.env.GRAPHQL_MAX_COST,
      maxNodes: this.env.GRAPHQL_MAX_NODES,
    });
    if (errors.length === 0 && key.length <= MAX_REMEMBERED_KEY) {
      const memo = passed ?? new BoundedMemo<string, true>(REMEMBERED_PER_DOCUMENT);
      memo.set(key, true);
      this.passed.set(document, memo);
    }
    return errors;
  }

  /**
   * Apollo runs the parse options and validation rules itself, and this the per-operation limits
   * once the operation is known. The document bounds come before Apollo (DocumentBoundsMiddleware):
   * Apollo has no hook between parsing and validation that may refuse a request.
   */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, schema }) => {
          const [error] = this.operationErrors(schema, document, {
            variables: request.variables,
            operationName: request.operationName,
          });
          if (error) throw error;
        },
      }),
    };
  }
}

/** Introspection reveals the whole schema: refused in production on every transport alike. */
const noIntrospection: ValidationRule = (context: ValidationContext) => ({
  Field(node: FieldNode) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError('GraphQL introspection is not allowed in production', {
          nodes: [node],
          extensions: { limit: 'INTROSPECTION' },
        }),
      );
    }
  },
});
