import { InputValidationError } from '../errors/input-validation-error';
import type { FigureCell } from '../explain/figure-explainer';

/** The year of a cell of a figure counted per year (`what`: "the funnel"); a cell without one is an input error at its field. */
export function yearOfCell(cell: Pick<FigureCell, 'year'>, what: string): number {
  if (cell.year === undefined)
    throw new InputValidationError([{ field: 'cell.year', messages: [`${what} is per year`] }]);
  return cell.year;
}
