import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';
import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { MyOperationsDocument } from '../gql/graphql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocument = TypedDocumentNode<any, any>;

/**
 * The role-matrix name of what a document sends, `Mutation.<field>`: the first field of its first
 * operation, which is how every desk's `.graphql` file writes a command (one mutation each).
 */
export function operationOf(document: AnyDocument): string {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const field = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
  if (!operation || !field || field.kind !== 'Field') throw new Error('a document without an operation');
  const root = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[operation.operation];
  return `${root}.${field.name.value}`;
}

/** The operations the signed-in role may call (its row of the server's role matrix); null while asked. */
export function useOperations(): ReadonlySet<string> | null {
  const [{ data }] = useQuery({ query: MyOperationsDocument, requestPolicy: 'cache-first' });
  return useMemo(() => (data ? new Set(data.myOperations) : null), [data]);
}

/**
 * Whether the role may send this document. A form or the button that opens it is shown only when
 * it may: the app never offers what the server would refuse.
 */
export function useCan(): (document: AnyDocument) => boolean {
  const operations = useOperations();
  return useCallback((document: AnyDocument) => !!operations?.has(operationOf(document)), [operations]);
}
