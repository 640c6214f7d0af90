import { FEWER_THAN_FIVE, HIDDEN_BESIDE_SMALL, WITHHELD } from './small-numbers';
import { CellState } from './suppression/figure';

/**
 * A count as a client sees it in every dashboard query (GraphQL `SmallCount`): the value (null when
 * suppressed), whether it is, and what to show.
 */
export interface SmallCount {
  value: number | null;
  suppressed: boolean;
  display: string;
}

const LABELS: Record<Exclude<CellState, 'shown'>, string> = {
  small: FEWER_THAN_FIVE,
  hidden: HIDDEN_BESIDE_SMALL,
  withheld: WITHHELD,
};

/** The count as published in the state protectFigure chose for it (exact roles: always 'shown'). */
export function publishedCount(value: number, state: CellState = 'shown'): SmallCount {
  return state === 'shown'
    ? { value, suppressed: false, display: String(value) }
    : { value: null, suppressed: true, display: LABELS[state] };
}
