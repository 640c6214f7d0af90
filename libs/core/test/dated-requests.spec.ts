import { onTheDay } from '../src/endpoint/dated-requests';

/** Half past midnight in Stockholm on 21 March, still the 20th in UTC. */
const tools = { metadata: { now: new Date('2025-03-20T23:30:00Z') } };
const request = (heldOn?: string | null) => ({
  type: 'Hold',
  data: { meetingId: 'm-1', ...(heldOn === undefined ? {} : { heldOn }) },
});

describe('A dated request', () => {
  it('keeps the date it states, and gets the moment of handling', () =>
    expect(onTheDay(request('2025-03-01'), 'heldOn', tools)).toEqual({
      type: 'Hold',
      data: { meetingId: 'm-1', heldOn: '2025-03-01' },
      metadata: tools.metadata,
    }));

  it('without a date, is dated the Stockholm day it is handled', () => {
    expect(onTheDay(request(), 'heldOn', tools).data.heldOn).toBe('2025-03-21');
    expect(onTheDay(request(null), 'heldOn', tools).data.heldOn).toBe('2025-03-21');
  });
});
