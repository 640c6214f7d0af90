import type { ReportedEvent } from './esf-activities';
import { reportedStream } from './reported-stream';

type TalkEvent = { type: 'TalkPlanned'; data: { title: string } } | { type: 'TalkAttended'; data: { people: number } };

const reported = (revision: number, type: string, data: unknown): ReportedEvent => ({
  stream: 'talk-1',
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
