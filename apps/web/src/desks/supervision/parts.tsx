import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ColumnTable } from '../../app/ColumnTable';
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

/** A `ColumnTable` whose rows are given as cells. */
export function Listing({
  caption,
  captionHidden = false,
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
    <ColumnTable testid={testid} caption={caption} captionHidden={captionHidden} columns={columns}>
      {rows.map((row) => (
        <Table.Row key={row.key} data-testid={rowTestid} {...row.attributes}>
          {row.cells.map((cell, i) => (
            <Table.Cell key={i}>{cell}</Table.Cell>
          ))}
        </Table.Row>
      ))}
    </ColumnTable>
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
