import { Command } from '../domain/decider';
import { fixedClock } from './fixed-clock';

type Close = Command<'Close', { id: string }>;

describe('fixedClock', () => {
  it('gives the days around today across the turn of a year, and metadata at now', () => {
    const clock = fixedClock('2025-12-31T22:30:00Z', '2026-01-01');
    expect(clock).toMatchObject({ TODAY: '2026-01-01', TOMORROW: '2026-01-02', YESTERDAY: '2025-12-31' });
    expect(clock.metadata).toEqual({ now: new Date('2025-12-31T22:30:00Z') });
  });

  it('builds commands sent at now, leaving out a reason of null or undefined', () => {
    const { commandOf, metadata } = fixedClock('2025-06-03T10:00:00Z', '2025-06-03');
    const close = (reason?: string | null): Close => commandOf('Close', { id: 'c-1' }, reason);
    expect(close('Klart')).toEqual({ type: 'Close', data: { id: 'c-1' }, metadata, reason: 'Klart' });
    expect(close(null)).not.toHaveProperty('reason');
    expect(close()).not.toHaveProperty('reason');
  });
});
