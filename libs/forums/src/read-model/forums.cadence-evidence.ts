import { Evidence, FigureCell, FigureExplainer, yearOfCell } from '@samverkan/core';
import { ForumCadence } from './forums.cadence';

const TYPES: Record<string, string> = { held: 'MeetingHeld', planned: 'MeetingPlanned', cancelled: 'MeetingCancelled' };
const STATUS: Record<string, string> = { held: 'HELD', planned: 'PLANNED', cancelled: 'CANCELLED' };

/**
 * A cadence count is a count of the meetings the cadence lists under a forum and term: each is
 * explained by the event that gave it that status. `key` picks a forum, `groupBy` a term.
 */
export function cadenceExplainer(cadenceOf: (year: number) => Promise<ForumCadence[]>): FigureExplainer {
  return {
    figure: 'forumCadence',
    measures: Object.keys(TYPES),
    async evidence(cell: FigureCell): Promise<Evidence[]> {
      const forums = (await cadenceOf(yearOfCell(cell, 'the cadence'))).filter(
        (f) => cell.key === undefined || f.forumId === cell.key,
      );
      return forums.flatMap((forum) =>
        forum.terms
          .filter((term) => cell.groupBy === undefined || term.term === cell.groupBy)
          .flatMap((term) => term.meetings.filter((m) => m.status === STATUS[cell.measure]))
          .map((m) => ({ stream: `forumMeeting-${m.meetingId}`, type: TYPES[cell.measure], last: true })),
      );
    },
  };
}
