import { earlierCause, lastListedMonth, monthWindow, nextToReport } from './months';

describe('participant months on the auditor desk', () => {
  it('lists up to this month, inside the project', () => {
    expect(lastListedMonth(new Date(2026, 11, 3))).toBe('2026-12');
    expect(lastListedMonth(new Date(2023, 0, 1))).toBe('2024-05');
    expect(lastListedMonth(new Date(2030, 0, 1))).toBe('2027-04');
  });

  it('reports the first month not up to date, only once it is over', () => {
    const months = [
      { month: '2024-06', status: 'UNREPORTED', ended: true },
      { month: '2024-05', status: 'REPORTED', ended: true },
      { month: '2024-07', status: 'UNREPORTED', ended: true },
    ];
    expect(nextToReport(months)).toBe('2024-06');
    expect(nextToReport([{ month: '2024-05', status: 'NEEDS_REREPORT', ended: true }, ...months.slice(1)])).toBe(
      '2024-05',
    );
    expect(nextToReport([{ month: '2024-05', status: 'UNREPORTED', ended: false }])).toBeNull();
    expect(nextToReport([{ month: '2024-05', status: 'REPORTED', ended: true }])).toBeNull();
  });

  it("brackets a month with a day's margin either side", () => {
    expect(monthWindow('2025-03')).toEqual({
      occurredFrom: '2025-02-28T00:00:00.000Z',
      occurredTo: '2025-04-02T00:00:00.000Z',
    });
    expect(monthWindow('2024-12').occurredTo).toBe('2025-01-02T00:00:00.000Z');
  });

  it('names the earlier month that changed, or that was reported again after this one', () => {
    const months = [
      { month: '2024-05', because: null, report: { position: '10' } },
      { month: '2024-06', because: 'CHANGED', report: { position: '11' } },
      { month: '2024-07', because: 'EARLIER_MONTH', report: { position: '12' } },
    ];
    expect(earlierCause(months, '2024-07')).toBe('2024-06');
    const rereported = [
      { month: '2024-05', because: null, report: { position: '30' } },
      { month: '2024-06', because: 'EARLIER_MONTH', report: { position: '12' } },
    ];
    expect(earlierCause(rereported, '2024-06')).toBe('2024-05');
    expect(earlierCause(rereported.slice(1), '2024-06')).toBeNull();
  });
});
