import { atMost, CellState, protectFigure, publishedCount, SmallCount } from '@samverkan/core';
import { AREA_COVERAGE_COUNTS as COUNTS, AreaCoverage, AreaCoverageCount } from '../read-model/dialogue.coverage';
import { AreaCoverageType } from './dialogue.types';

/**
 * An area is a region, so for DASHBOARD each of its counts of 1–4 is suppressed, and more where
 * one could be worked out (an outcome followed up is an outcome). No totals over areas are
 * published, so each area is a figure of its own.
 */
export function toAreaCoverageType(area: AreaCoverage, suppress: boolean): AreaCoverageType {
  const states: Map<string, CellState> = suppress
    ? protectFigure({
        cells: COUNTS.map((name) => ({ id: name, value: area[name], sensitive: true })),
        relations: [atMost(['outcomesFollowedUp'], ['outcomes'])],
      })
    : new Map();
  const shown = Object.fromEntries(
    COUNTS.map((name) => [name, publishedCount(area[name], states.get(name))]),
  ) as Record<AreaCoverageCount, SmallCount>;
  return { area: area.area, ...shown, suppressed: Object.values(shown).some((count) => count.suppressed) };
}
