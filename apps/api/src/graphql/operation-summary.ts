/** What the logs may say about a GraphQL operation: its name and sizes, never its text or variables. */
export interface OperationSummary {
  operationName?: string;
  queryBytes: number;
  variablesBytes: number;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/**
 * From a request's parts as sent (POST body, GET query string or graphql-ws payload). A name is
 * logged only if it has the shape of a GraphQL name, so free text sent as `operationName` is not.
 */
export function summariseOperation(request: {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}): OperationSummary {
  const query = typeof request.query === 'string' ? request.query : '';
  const named =
    typeof request.operationName === 'string' && NAME.test(request.operationName)
      ? request.operationName
      : NAMED_OPERATION.exec(query)?.[1];
  const variables = request.variables ?? null;
  return {
    ...(named ? { operationName: named } : {}),
    queryBytes: Buffer.byteLength(query),
    variablesBytes:
      variables === null ? 0 : Buffer.byteLength(typeof variables === 'string' ? variables : JSON.stringify(variables)),
  };
}
