import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { Environment } from '@samverkan/core';

/** Lists cost what they may return: a field with `first` counts its selection `first` times. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' && args.first > 0 ? 1 + childComplexity * args.first : undefined;

/** How deep a query may nest (introspection's own fragments stay within it). */
export function depthRule(env: Environment): ValidationRule {
  return depthLimit(env.GRAPHQL_MAX_DEPTH);
}

/**
 * Refuses an operation whose estimated cost passes the limit before anything runs, with the cost
 * and the limit in the error, so a dashboard builder knows how far to trim.
 */
export function costPlugin(env: Environment): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
              maxQueryNodes: 10_000,
            });
          } catch (error) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
            if (error instanceof GraphQLError && !error.extensions?.code) return;
            throw error;
          }
          if (cost > env.GRAPHQL_MAX_COST) {
            throw new GraphQLError(`The query costs ${cost}, more than the limit of ${env.GRAPHQL_MAX_COST}: ask for fewer items or fields`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: env.GRAPHQL_MAX_COST, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
