import type { EsfActivityRow, EsfDecisionRow } from '../esf/esf-report';
import { diffReports } from './report-diff';

const row = (activityId: string, managers: number, sources: bigint[], heldOn = '2025-02-05'): EsfActivityRow => ({
  deliverable: 'REGIONAL_FORUM',
  activityId,
  stream: `forumMeeting-${activityId}`,
  title: 'Seminarium',
  format: 'SEMINAR',
  heldOn,
  organiser: 'Forum Väst',
  organisations: [
    {
      organisation: '232100-0131',
      name: 'Västra Götalandsregionen',
      participants: { MANAGER: managers, HR: 2, OTHER: 0 },
    },
  ],
  namedPeople: [{ personId: 'p1', name: 'Gästa Talarsson', organisation: 'FHM' }],
  participants: { MANAGER: managers, HR: 2, OTHER: 0, named: 1, total: managers + 3 },
  sources,
});
const decision = (eventId: string, position: bigint): EsfDecisionRow => ({
  decidedOn: '2025-03-01',
  module: 'forums',
  stream: 'forumMeeting-x',
  eventId,
  type: 'MeetingCancelled',
  summary: 'Ställdes in',
  reason: 'För få',
  decidedBy: { personId: 'p2', name: null, organisation: 'FK', role: 'FORUM_COORDINATOR' },
  position,
});

describe('Differences between a sealed report and the report now', () => {
  it('lists nothing for the same rows, names aside', () => {
    const now = { ...row('m1', 3, [1n, 2n]), namedPeople: [{ personId: 'p1', name: 'raderad', organisation: 'FHM' }] };
    expect(
      diffReports(
        { activities: [row('m1', 3, [1n, 2n])], decisions: [], position: 5n },
        { activities: [now], decisions: [] },
        () => [],
      ),
    ).toEqual([]);
  });

  it('names the changed fields with old and new counts, citing only the sources after the seal', () => {
    const [amendment] = diffReports(
      { activities: [row('m1', 3, [1n, 2n])], decisions: [], position: 5n },
      { activities: [row('m1', 5, [1n, 2n, 9n])], decisions: [] },
      () => [],
    );
    expect(amendment).toMatchObject({ section: 'ACTIVITY', change: 'CHANGED', id: 'm1', causes: [9n] });
    expect(amendment.fields).toEqual([
      { field: 'participants.managers', before: '3', after: '5' },
      { field: 'participants.total', before: '6', after: '8' },
      { field: 'organisations[232100-0131].managers', before: '3', after: '5' },
      { field: 'sources', before: '1 2', after: '1 2 9' },
    ]);
  });

  it("lists added and removed activities and decisions, a removed row citing its stream's later events", () => {
    const amendments = diffReports(
      { activities: [row('gone', 1, [3n])], decisions: [decision('d-old', 4n)], position: 5n },
      { activities: [row('late', 2, [6n, 7n])], decisions: [decision('d-old', 4n), decision('d-new', 8n)] },
      (stream) => (stream === 'forumMeeting-gone' ? [10n] : []),
    );
    expect(amendments.map((a) => [a.section, a.change, a.id, a.causes])).toEqual([
      ['ACTIVITY', 'ADDED', 'late', [6n, 7n]],
      ['ACTIVITY', 'REMOVED', 'gone', [10n]],
      ['DECISION', 'ADDED', 'd-new', [8n]],
    ]);
  });
});
