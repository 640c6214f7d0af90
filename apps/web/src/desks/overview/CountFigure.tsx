import { Figure } from '../../explain/Figure';
import type { FigureCell } from '../../explain/figure-link';
import { Cell, countText } from './figures';

/** A count of a dashboard table as a `Figure`: a link to its events, or the API's words where it is hidden. */
export function CountFigure({ count, cell }: { count?: Cell | null; cell: FigureCell }) {
  const shown = count && !count.suppressed ? (count.value ?? null) : null;
  return <Figure value={shown} cell={cell} hidden={countText(count)} />;
}

/** The same as a DataTable cell. */
export const figureCell = (count: Cell | null | undefined, cell: FigureCell) => ({
  text: <CountFigure count={count} cell={cell} />,
  numeric: true,
});

/** A plain number (never suppressed) as a DataTable cell that explains itself. */
export const numberCell = (value: number, cell: FigureCell) => ({
  text: <Figure value={value} cell={cell} />,
  numeric: true,
});
