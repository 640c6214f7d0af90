/** The rules shared by selections and dialogue meetings: ids, organisation numbers, years, dates and text. */

/** Longest trimmed text the dialogue module accepts, by kind of field. */
export const DIALOGUE_TEXT_LIMITS = { short: 200, long: 4000 } as const;

/** Years a selection may be made for. */
export const SELECTION_YEAR_RANGE = { min: 2000, max: 2100 } as const;

/**
 * The area as part of a stream id: lower-case ASCII letters and digits joined by single dashes.
 * Diacritics go (å, ä → a; ö → o; é → e), so 'Västra Götaland' gives 'vastra-gotaland'.
 */
export function areaSlug(area: string): string {
  return (
    (typeof area === 'string' ? area : '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // The line above leaves no two dashes together, so at most one leads and one trails.
      .replace(/^-|-$/g, '')
  );
}

/** One selection per area and year, so the same area and year always meet the same stream. */
export function selectionIdFor(area: string, year: number): string {
  return `${areaSlug(area)}_${year}`;
}
