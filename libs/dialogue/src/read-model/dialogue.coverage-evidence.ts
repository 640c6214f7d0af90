import { Evidence, FigureCell, FigureExplainer, yearOfCell } from '@samverkan/core';
import { DialogueMeetingDoc, SelectionDoc } from './dialogue.documents';

type Year = { selections: SelectionDoc[]; meetings: DialogueMeetingDoc[] };

const meeting = (m: DialogueMeetingDoc, type: string): Evidence => ({
  stream: `dialogueMeeting-${m.meetingId}`,
  type,
  last: true,
});

/**
 * Coverage counts, per area, the employers selected, the meetings by status, and their outcomes;
 * each is explained by the event that made it count (the latest, where an employer was selected
 * again or an outcome followed up more than once).
 */
const MEASURES: Record<string, (year: Year) => Evidence[]> = {
  employersSelected: ({ selections }) =>
    selections.flatMap((s) =>
      s.employers.map((e) => ({
        stream: `employerSelection-${s.selectionId}`,
        type: 'EmployerSelected',
        last: true,
        select: (data: unknown) =>
          (data as { employer?: { organisationNumber?: string } }).employer?.organisationNumber ===
          e.organisationNumber,
      })),
    ),
  meetingsPlanned: ({ meetings }) =>
    meetings.filter((m) => m.status === 'PLANNED').map((m) => meeting(m, 'DialogueMeetingPlanned')),
  meetingsHeld: ({ meetings }) =>
    meetings.filter((m) => m.status === 'HELD').map((m) => meeting(m, 'DialogueMeetingHeld')),
  meetingsCancelled: ({ meetings }) =>
    meetings.filter((m) => m.status === 'CANCELLED').map((m) => meeting(m, 'DialogueMeetingCancelled')),
  outcomes: ({ meetings }) =>
    meetings.flatMap((m) =>
      m.outcomes.map((o) => ({
        stream: `dialogueMeeting-${m.meetingId}`,
        type: 'DialogueOutcomesRecorded',
        select: (data: unknown) =>
          ((data as { outcomes?: { outcomeId: string }[] }).outcomes ?? []).some((x) => x.outcomeId === o.outcomeId),
      })),
    ),
  outcomesFollowedUp: ({ meetings }) =>
    meetings.flatMap((m) =>
      m.outcomes
        .filter((o) => o.done)
        .map((o) => ({
          stream: `dialogueMeeting-${m.meetingId}`,
          type: 'DialogueFollowUpRecorded',
          last: true,
          select: (data: unknown) => (data as { outcomeId?: string }).outcomeId === o.outcomeId,
        })),
    ),
};

export function coverageExplainer(yearOf: (year: number) => Promise<Year>): FigureExplainer {
  return {
    figure: 'dialogueCoverage',
    measures: Object.keys(MEASURES),
    async evidence(cell: FigureCell): Promise<Evidence[]> {
      const { selections, meetings } = await yearOf(yearOfCell(cell, 'coverage'));
      const inArea = <T extends { area: string }>(list: T[]) =>
        cell.key === undefined ? list : list.filter((x) => x.area === cell.key);
      return MEASURES[cell.measure]({ selections: inArea(selections), meetings: inArea(meetings) });
    },
  };
}
