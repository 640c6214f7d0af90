import { Button } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';

/** Which one row of a table shows its details, if any: the same row's button again hides them. */
export function useOpenRow() {
  const [open, setOpen] = useState<string | null>(null);
  return {
    isOpen: (row: string) => open === row,
    toggle: (row: string) => setOpen((current) => (current === row ? null : row)),
  };
}
export type OpenRow = ReturnType<typeof useOpenRow>;

/** The button that shows or hides one row's details (a line's events, why a month is as it is). */
export function RowToggle({
  rows,
  row,
  testid,
  children,
}: {
  rows: OpenRow;
  row: string;
  testid: string;
  children: ReactNode;
}) {
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      aria-expanded={rows.isOpen(row)}
      data-testid={testid}
      onClick={() => rows.toggle(row)}
    >
      {children}
    </Button>
  );
}
