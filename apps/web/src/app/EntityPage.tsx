import type { ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import { AnyVariables, CombinedError, useQuery, UseQueryArgs } from 'urql';
import { OpenForm, useOpenForms } from '../forms/open-forms';
import { LoadState } from './LoadState';

/** An entity page's query and its open forms; a conflict or the reload button reads the entity again from the server. */
export function useEntityPage<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>) {
  const [{ data, error, fetching }, refetch] = useQuery<Data, Variables>(args);
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  return { data, error, fetching, forms, view, keepFocus };
}

export interface EntityPageState {
  error?: CombinedError;
  fetching: boolean;
  forms: OpenForm;
  view: RefObject<HTMLDivElement | null>;
  keepFocus: () => void;
}

/** Where the page's back link leads. */
export interface BackLink {
  to: string;
  label: string;
  testid?: string;
}

/**
 * One entity's page: the way back, the entity on its way (or why it could not be read), then the
 * entity itself. Focus returns to the opening button when a form closes (`useOpenForms`).
 */
export function EntityPage<Entity>({
  page,
  entity,
  back,
  texts,
  className,
  children,
}: {
  page: EntityPageState;
  entity: Entity | null | undefined;
  back: BackLink | null;
  texts: { loading: string; loadFailed: (message: string) => string };
  className?: string;
  children: (entity: Entity) => ReactNode;
}) {
  return (
    <div className={className ? `desk ${className}` : 'desk'} ref={page.view} onPointerDown={page.keepFocus}>
      {back ? (
        <p>
          <Link to={back.to} data-testid={back.testid}>
            {back.label}
          </Link>
        </p>
      ) : null}
      <LoadState
        found={!!entity}
        fetching={page.fetching}
        error={page.error}
        loading={texts.loading}
        failed={texts.loadFailed}
      />
      {entity ? children(entity) : null}
    </div>
  );
}
