import { DocumentNode, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface OperationRequest {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** Lists cost what they may return: a field with `first` counts its selection `first` times. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' && args.first > 0 ? 1 + childComplexity * args.first : undefined;

/**
 * The errors that refuse one operation of a validated document before it runs: variables that do
 * not fit their types (BAD_USER_INPUT, naming each variable), then a cost over the limit. A cost
 * that cannot be computed refuses the operation too: the library gives up on documents shaped for
 * it (its node limit, estimators that find no score), and a skipped check would be no limit.
 */
export function operationErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: OperationRequest,
  { maxCost, maxNodes }: { maxCost: number; maxNodes: number },
): GraphQLError[] {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  // No single operation to run: execution answers that, and nothing runs.
  if (!operation) return [];
  const variables = request.variables ?? {};
  const fields = (operation.variableDefinitions ?? []).flatMap((definition) => {
    const { errors } = getVariableValues(schema, [definition], variables, { maxErrors: 10 });
    return errors?.length
      ? [{ field: `$${definition.variable.name.value}`, messages: errors.map((e) => e.message) }]
      : [];
  });
  if (fields.length > 0) {
    return [
      new GraphQLError(fields.flatMap((f) => f.messages).join('; '), {
        extensions: { code: 'BAD_USER_INPUT', fields, http: { status: 400 } },
      }),
    ];
  }
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: {
        ...document,
        definitions: document.definitions.filter((d) => d.kind !== 'OperationDefinition' || d === operation),
      },
      variables,
      estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      // Selections with fragments expanded: the walk's own work, which the cost (lists times
      // `first`) does not bound when fragments are spread many times or fields are skipped.
      maxQueryNodes: maxNodes,
    });
  } catch (error) {
    return [
      costly(
        `The cost of the query could not be computed (${(error as Error).message}): ask for fewer fields or fragments`,
        { limit: maxCost },
      ),
    ];
  }
  if (!Number.isFinite(cost))
    return [
      costly('The cost of the query could not be computed: ask for fewer fields or fragments', { limit: maxCost }),
    ];
  if (cost > maxCost) {
    return [
      costly(`The query costs ${cost}, more than the limit of ${maxCost}: ask for fewer items or fields`, {
        cost,
        limit: maxCost,
      }),
    ];
  }
  return [];
}

function costly(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', ...details, http: { status: 400 } } });
}
