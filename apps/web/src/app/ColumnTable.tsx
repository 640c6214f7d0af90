import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A table with a caption (hidden where a heading already names it) and its column heads; the rows
 * are the caller's, since each desk marks its own rows for the browser tests.
 */
export function ColumnTable({
  testid,
  caption,
  captionHidden = true,
  columns,
  children,
}: {
  testid: string;
  caption: string;
  captionHidden?: boolean;
  columns: readonly string[];
  children: ReactNode;
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
      <Table.Body>{children}</Table.Body>
    </Table>
  );
}
