import type { ReportedEvent } from './esf-activities';
import { heldActivitiesIn, reportedStream } from './reported-stream';

type TalkEvent =
  | { type: 'TalkPlanned'; data: { title: string } }
  | { type: 'TalkHeld'; data: Record<string, never> }
  | { type: 'TalkAttended'; data: { people: number } };

const reported = (revision: number, type: string, data: unknown, stream = 'talk-1'): ReportedEvent => ({
  stream,
  revision,
  position: BigInt(revision + 10),
  type,
  data,
  occurredAt: '2025-05-14T08:00:00.000Z',
  occurredOn: '2025-05-14',
});

const events = [
  reported(0, 'TalkPlanned', { title: 'Arbetsanpassning' }),
  reported(1, 'TalkAttended', { people: 12 }),
  reported(2, 'TalkPlanned', { title: 'Ett andra förslag' }),
  reported(3, 'TalkAttended', { people: 14 }),
];

describe('A reported stream', () => {
  it('gives the data of the first event of a type', () => {
    expect(reportedStream<TalkEvent>(events).first('TalkPlanned')).toEqual({ title: 'Arbetsanpassning' });
  });

  it('gives the data of the last event of a type: a later recording replaces an earlier one', () => {
    expect(reportedStream<TalkEvent>(events).last('TalkAttended')).toEqual({ people: 14 });
  });

  it('gives undefined where the stream has no event of the type', () => {
    const planOnly = reportedStream<TalkEvent>(events.slice(0, 1));
    expect(planOnly.first('TalkAttended')).toBeUndefined();
    expect(planOnly.last('TalkAttended')).toBeUndefined();
  });
});

describe('Held activities in reported streams', () => {
  it('gives each stream of the category with a plan and a holding, with the plan and the held event', () => {
    const held = reported(1, 'TalkHeld', {}, 'talk-2');
    const streams = new Map([
      ['talk-1', events],
      ['talk-2', [reported(0, 'TalkPlanned', { title: 'Hållen' }, 'talk-2'), held]],
      ['talk-3', [reported(0, 'TalkHeld', {}, 'talk-3')]],
      [
        'walk-1',
        [reported(0, 'TalkPlanned', { title: 'Annan kategori' }, 'walk-1'), reported(1, 'TalkHeld', {}, 'walk-1')],
      ],
    ]);

    const activities = heldActivitiesIn<TalkEvent, 'TalkPlanned'>(streams, {
      category: 'talk',
      planned: 'TalkPlanned',
      held: 'TalkHeld',
    });

    expect(activities.map(({ planned, held }) => [planned.title, held.stream])).toEqual([['Hållen', 'talk-2']]);
    expect(activities[0].held).toBe(held);
    expect(activities[0].stream.last('TalkAttended')).toBeUndefined();
  });
});
