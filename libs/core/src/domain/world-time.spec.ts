import { Command } from './decider';
import {
  checkWorldTime,
  handled,
  instantOf,
  ofEntity,
  startOfStockholmDay,
  stated,
  valueAt,
  worldTimeOf,
} from './world-time';

type Hold = Command<'Hold', { heldOn?: string; decision?: { decidedAt: string } }>;
const now = new Date('2026-12-02T09:30:00Z');
const hold = (data: Hold['data']): Hold => ({ type: 'Hold', data, metadata: { now } });

describe("A fact's world time", () => {
  describe('midnight in Stockholm', () => {
    it.each([
      ['2024-02-20', '2024-02-19T23:00:00.000Z'], // winter time, UTC+1
      ['2024-07-01', '2024-06-30T22:00:00.000Z'], // summer time, UTC+2
      ['2024-03-31', '2024-03-30T23:00:00.000Z'], // clocks go forward at 02:00 that day
      ['2024-10-27', '2024-10-26T22:00:00.000Z'], // clocks go back at 03:00 that day
      ['2024-12-31', '2024-12-30T23:00:00.000Z'],
    ])('of %s is %s', (date, instant) => {
      expect(startOfStockholmDay(date).toISOString()).toBe(instant);
    });
  });

  it('reads dates, instants with a zone and Date objects, and nothing else', () => {
    expect(instantOf('2024-02-20')?.toISOString()).toBe('2024-02-19T23:00:00.000Z');
    expect(instantOf(' 2024-02-20 ')?.toISOString()).toBe('2024-02-19T23:00:00.000Z');
    expect(instantOf('2024-02-20T10:15:00+01:00')?.toISOString()).toBe('2024-02-20T09:15:00.000Z');
    expect(instantOf(new Date('2024-02-20T10:15:00Z'))?.toISOString()).toBe('2024-02-20T10:15:00.000Z');
    for (const bad of ['2024-02-30', '2024-2-20', '2024-02-20T10:15', 'i går', 20240220, null, {}, new Date('x')]) {
      expect(instantOf(bad)).toBeNull();
    }
  });

  it('reads a dotted path and gives undefined past a missing step', () => {
    expect(valueAt({ decision: { decidedAt: 'x' } }, 'decision.decidedAt')).toBe('x');
    expect(valueAt({ decision: null }, 'decision.decidedAt')).toBeUndefined();
    expect(valueAt('text', 'length')).toBeUndefined();
  });

  describe('by its source', () => {
    it('a stated field, nested or not', () => {
      expect(worldTimeOf(stated<Hold>('heldOn'), hold({ heldOn: '2024-05-10' }), null)).toEqual({
        at: new Date('2024-05-09T22:00:00.000Z'),
        date: '2024-05-10',
        from: 'heldOn',
      });
      const decided = worldTimeOf(
        stated<Hold>('decision.decidedAt'),
        hold({ decision: { decidedAt: '2024-02-20T14:00:00Z' } }),
        null,
      );
      expect(decided).toMatchObject({ date: '2024-02-20', from: 'decision.decidedAt' });
    });

    it('the handling time when the field is left out, or the command is handled', () => {
      expect(worldTimeOf(stated<Hold>('heldOn'), hold({}), null)).toEqual({
        at: now,
        date: '2026-12-02',
        from: 'handling',
      });
      expect(worldTimeOf(handled, hold({ heldOn: '2024-05-10' }), null).from).toBe('handling');
    });

    it('a fact of the entity, read from its state', () => {
      const attendance = ofEntity<Hold, { heldOn?: string }>('meeting.heldOn', (state) => state.heldOn);
      expect(worldTimeOf(attendance, hold({}), { heldOn: '2024-05-10' })).toMatchObject({
        date: '2024-05-10',
        from: 'meeting.heldOn',
      });
      expect(worldTimeOf(attendance, hold({}), {}).from).toBe('handling');
    });

    it('names only fields the command has: a misspelt one fails to compile (npm run typecheck)', () => {
      // @ts-expect-error `heldon` is not a field of Hold
      const misspelt = stated<Hold>('heldon');
      expect(misspelt).toMatchObject({ field: 'heldon' });
    });

    it('refuses a command whose decider declares nothing for it (a programming error)', () => {
      expect(() => worldTimeOf(undefined, hold({}), null)).toThrow('Hold declares no world time');
    });
  });

  it('never checks facts dated by their handling', () => {
    expect(() =>
      checkWorldTime({ at: now, date: '2026-12-02', from: 'handling' }, now, {
        stream: 's',
        existedFrom: '2030-01-01',
      }),
    ).not.toThrow();
  });
});
