import { DialogueMeetingDoc, SelectionDoc } from './dialogue.documents';

export interface AreaCoverage {
  area: string;
  employersSelected: number;
  meetingsPlanned: number;
  meetingsHeld: number;
  meetingsCancelled: number;
  outcomes: number;
  outcomesFollowedUp: number;
}

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
