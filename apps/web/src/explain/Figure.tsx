import { Link } from 'react-router';
import { useOperations } from '../forms/can';
import { explainPath, FigureCell } from './figure-link';

/**
 * A dashboard figure. For a role that may ask `explain`, the number is a link to the events behind
 * it; a suppressed cell (null, shown as `hidden`) explains nothing, since that would reveal it.
 */
export function Figure({
  value,
  cell,
  hidden = '–',
}: {
  value: number | null | undefined;
  cell: FigureCell;
  hidden?: string;
}) {
  const operations = useOperations();
  if (value === null || value === undefined) return <span data-testid="figure-suppressed">{hidden}</span>;
  if (!operations?.has('Query.explain')) return <>{value}</>;
  return (
    <Link to={explainPath(cell)} data-testid="figure" data-figure={cell.figure} data-measure={cell.measure}>
      {value}
    </Link>
  );
}
