import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import { entityFormProps } from '../../forms/form-props';
import type { OpenForm } from '../../forms/open-forms';
import { SUPERVISION_RULES, T } from './texts';

/** Shown at once from the cache, and read again: inspections and eligibility change from other pages and roles. */
export const FRESH = 'cache-and-network';

/** What every command form on an entity's page shares: its revision as shown, the module's messages, closing, reloading. */
export const commandFormProps = entityFormProps(SUPERVISION_RULES);

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
  return (
    <>
      <HistoryLink stream={stream} label={T.timelineLink} testid={`${testid}-timeline`} />
      <ReloadButton forms={forms} label={T.reload} testid={`${testid}-reload`} />
    </>
  );
}
