import { stockholmDate } from './calendar';

const zone = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' });
const HOUR_MS = 3_600_000;

describe('stockholmDate', () => {
  describe('given every quarter hour around the changes to and from summer time', () => {
    it('gives the date the time zone database gives', () => {
      const instants: Date[] = [];
      for (const [start, end] of [
        ['2024-03-29T00:00:00Z', '2024-04-02T00:00:00Z'],
        ['2024-10-25T00:00:00Z', '2024-10-29T00:00:00Z'],
        ['1995-09-22T00:00:00Z', '1995-09-26T00:00:00Z'],
      ])
        for (let ms = Date.parse(start); ms < Date.parse(end); ms += HOUR_MS / 4) instants.push(new Date(ms));
      expect(instants.map(stockholmDate)).toEqual(instants.map((at) => zone.format(at)));
    });
  });

  describe('given instants spread over half a century, and before 1980', () => {
    it('gives the date the time zone database gives', () => {
      const instants = [new Date('1975-06-30T22:30:00Z'), new Date('1899-12-31T23:30:00Z')];
      // A fixed stride (prime minutes) instead of random numbers, so a failure can be repeated.
      for (let ms = Date.UTC(1980, 0, 1); ms < Date.UTC(2030, 0, 1); ms += 7919 * 60_000) instants.push(new Date(ms));
      expect(instants.map(stockholmDate)).toEqual(instants.map((at) => zone.format(at)));
    });
  });
});
