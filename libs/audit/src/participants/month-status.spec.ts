import { MonthReport, monthStandings } from './month-status';

const report = (month: string, eventId: string, follows: string | null, contentHash = `h-${month}`): MonthReport => ({
  eventId,
  position: 1n,
  reports: 1,
  data: {
    month,
    contentHash,
    position: '1',
    positionSpace: 'sqlite',
    activities: 1,
    participants: 1,
    follows,
    rereport: false,
  },
});
const statuses = (upTo: string, reports: MonthReport[], changed: string[] = []) =>
  monthStandings(upTo, new Map(reports.map((r) => [r.data.month, r])), (m) =>
    changed.includes(m) ? 'new' : `h-${m}`,
  ).map((s) => `${s.month} ${s.status}${s.because ? ` ${s.because}` : ''}`);

describe('Month standings: ESF+ months in order, a correction re-opens every later month', () => {
  const chain = [report('2024-05', 'a', null), report('2024-06', 'b', 'a'), report('2024-07', 'c', 'b')];

  it('lists reported months up to date, and the rest unreported', () => {
    expect(statuses('2024-08', chain)).toEqual([
      '2024-05 REPORTED',
      '2024-06 REPORTED',
      '2024-07 REPORTED',
      '2024-08 UNREPORTED',
    ]);
  });

  it('marks a changed month and every later reported month NEEDS_REREPORT', () => {
    expect(statuses('2024-08', chain, ['2024-06'])).toEqual([
      '2024-05 REPORTED',
      '2024-06 NEEDS_REREPORT CHANGED',
      '2024-07 NEEDS_REREPORT EARLIER_MONTH',
      '2024-08 UNREPORTED',
    ]);
  });

  it('keeps later months NEEDS_REREPORT after the changed month is reported again, until each is', () => {
    const again = report('2024-06', 'b2', 'a');
    expect(statuses('2024-07', [chain[0], again, chain[2]])).toEqual([
      '2024-05 REPORTED',
      '2024-06 REPORTED',
      '2024-07 NEEDS_REREPORT EARLIER_MONTH',
    ]);
    expect(statuses('2024-07', [chain[0], again, report('2024-07', 'c2', 'b2')])).toEqual([
      '2024-05 REPORTED',
      '2024-06 REPORTED',
      '2024-07 REPORTED',
    ]);
  });
});
