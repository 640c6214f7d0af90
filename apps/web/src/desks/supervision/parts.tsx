import { Alert, Button, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useOperations } from '../../forms/can';
import type { OpenForm } from '../../forms/open-forms';
import { SUPERVISION_RULES, T } from './texts';

/** What every command form on an entity's page shares: its revision as shown, the module's messages, closing, reloading. */
export function commandFormProps(revision: number, forms: OpenForm) {
  return {
    expectedRevision: revision,
    rules: SUPERVISION_RULES,
    onDone: () => forms.toggle(null),
    onCancel: () => forms.toggle(null),
    onReload: forms.reload,
  };
}

/** An entity page while its query runs: a spinner until the entity is there, or why it is not. */
export function Loading({ found, fetching, error }: { found: boolean; fetching: boolean; error?: CombinedError }) {
  if (found) return null;
  if (error) return <Alert data-color="danger">{T.loadFailed(error.message)}</Alert>;
  return fetching ? (
    <Paragraph>
      <Spinner aria-hidden data-size="sm" /> {T.loading}
    </Paragraph>
  ) : null;
}

export interface Row {
  key: string;
  cells: ReactNode[];
  attributes?: Record<`data-${string}`, string>;
}

/** A table with a caption (hidden where a heading already names it), column heads and rows. */
export function Listing({
  caption,
  captionHidden,
  columns,
  rows,
  testid,
  rowTestid,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: readonly string[];
  rows: Row[];
  testid: string;
  rowTestid: string;
}) {
  return (
    <Table data-testid={testid} zebra>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <Table.Head>
        <Table.Row>
          {columns.map((c) => (
            <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key} data-testid={rowTestid} {...row.attributes}>
            {row.cells.map((cell, i) => (
              <Table.Cell key={i}>{cell}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** An entity page ends with its history in the timeline (its stream) and a way to read it again. */
export function PageEnd({ stream, forms, testid }: { stream: string; forms: OpenForm; testid: string }) {
  // A role that may not read the timeline would find a closed door behind the link.
  const timeline = useOperations()?.has('Query.timeline');
  return (
    <>
      {timeline ? (
        <Paragraph data-size="sm">
          <Link to={`/tidslinje?strom=${encodeURIComponent(stream)}`} data-testid={`${testid}-timeline`}>
            {T.timelineLink}
          </Link>
        </Paragraph>
      ) : null}
      <Button variant="tertiary" data-size="sm" onClick={forms.reload} data-testid={`${testid}-reload`}>
        {T.reload}
      </Button>
    </>
  );
}
