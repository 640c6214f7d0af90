import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';

/**
 * A page's data on its way, or why it could not be read: shown only until there is something to
 * show, so a refetch after a command leaves the page as it is.
 */
export function LoadState({
  found,
  fetching,
  error,
  loading,
  failed,
}: {
  found: boolean;
  fetching: boolean;
  error?: { message: string };
  loading: string;
  failed: (message: string) => string;
}) {
  if (found) return null;
  if (error) return <Alert data-color="danger">{failed(error.message)}</Alert>;
  return fetching ? (
    <Paragraph>
      <Spinner aria-hidden data-size="sm" /> {loading}
    </Paragraph>
  ) : null;
}
