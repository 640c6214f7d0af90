import { forumCadence } from './forums.cadence';
import { ForumDoc, MeetingDoc, MeetingStatus } from './forums.documents';

/** The cadence figure's one limit, two meetings held per term, from both sides. */

const forum: ForumDoc = {
  forumId: 'vast',
  name: 'Forum Väst',
  region: 'Västra Götaland',
  capacity: 25,
  establishedOn: '2024-09-02',
  members: [],
  formerMembers: [],
};

const meeting = (n: number, status: MeetingStatus, term: 'VT' | 'HT' = 'VT'): MeetingDoc => ({
  meetingId: `mtg-${term}-${n}`,
  forumId: 'vast',
  title: `Möte ${n}`,
  format: 'SEMINAR',
  term,
  year: 2025,
  date: term === 'VT' ? '2025-03-0' + n : '2025-09-0' + n,
  agenda: [],
  status,
  heldOn: status === 'HELD' ? (term === 'VT' ? '2025-03-0' + n : '2025-09-0' + n) : null,
  minutes: null,
  cancellationReason: null,
  attendance: null,
});

const spring = (meetings: MeetingDoc[]) => forumCadence([forum], meetings)[0].terms.find((t) => t.term === 'VT');

describe('A forum’s cadence, from both sides of two meetings per term', () => {
  it('is on track with two meetings held in the term', () => {
    expect(spring([meeting(1, 'HELD'), meeting(2, 'HELD')])).toMatchObject({ held: 2, expected: 2, onTrack: true });
  });

  it('is not on track with one held, however many more are planned or cancelled', () => {
    expect(spring([meeting(1, 'HELD'), meeting(2, 'PLANNED'), meeting(3, 'CANCELLED')])).toMatchObject({
      held: 1,
      planned: 1,
      cancelled: 1,
      expected: 2,
      onTrack: false,
    });
  });

  it('does not count meetings held in the other term', () => {
    expect(spring([meeting(1, 'HELD'), meeting(1, 'HELD', 'HT'), meeting(2, 'HELD', 'HT')])).toMatchObject({
      held: 1,
      onTrack: false,
    });
  });
});
