import { DialogueMeetingDoc, SelectionDoc } from './dialogue.documents';

/** The counts an area's coverage holds, in the order the dashboard and its file show them. */
export const AREA_COVERAGE_COUNTS = [
  'employersSelected',
  'meetingsPlanned',
  'meetingsHeld',
  'meetingsCancelled',
  'outcomes',
  'outcomesFollowedUp',
] as const;
export type AreaCoverageCount = (typeof AREA_COVERAGE_COUNTS)[number];

export type AreaCoverage = { area: string } & Record<AreaCoverageCount, number>;

/** Per area, for one year: who was selected, which meetings were held, and how their outcomes were followed up. */
export function dialogueCoverage(selections: SelectionDoc[], meetings: DialogueMeetingDoc[]): AreaCoverage[] {
  const areas = [...new Set([...selections.map((s) => s.area), ...meetings.map((m) => m.area)])].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  return areas.map((area) => {
    const inArea = meetings.filter((m) => m.area === area);
    const outcomes = inArea.flatMap((m) => m.outcomes);
    return {
      area,
      employersSelected: selections.filter((s) => s.area === area).reduce((sum, s) => sum + s.employers.length, 0),
      meetingsPlanned: inArea.filter((m) => m.status === 'PLANNED').length,
      meetingsHeld: inArea.filter((m) => m.status === 'HELD').length,
      meetingsCancelled: inArea.filter((m) => m.status === 'CANCELLED').length,
      outcomes: outcomes.length,
      outcomesFollowedUp: outcomes.filter((o) => o.done).length,
    };
  });
}
