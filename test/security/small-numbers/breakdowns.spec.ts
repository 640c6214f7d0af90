import fc from 'fast-check';
import { SUPERVISION_SECTORS } from '../../../libs/supervision/src/domain';
import { toSuppressedDashboardType } from '../../../libs/supervision/src/graphql/supervision.mapping';
import { InspectionsDashboard } from '../../../libs/supervision/src/read-model/inspections.dashboard';
import { toObligationCounts } from '../../../libs/oversight/src/graphql/oversight.mapping';
import { ObligationView } from '../../../libs/oversight/src/read-model/obligations';
import { toAreaCoverageType } from '../../../libs/dialogue/src/graphql/dialogue.coverage-mapping';
import { toDashboardCadence } from '../../../libs/forums/src/graphql/forums.dashboard';
import { ForumCadence } from '../../../libs/forums/src/read-model/forums.cadence';
import { COVERAGE_MEASURES } from '../../support/dashboard-measures';
import { atMost, determinedCells, Known, Reading, sum, valuesOf } from '../../support/small-number-attack';

const REGIONS = ['Gotland', 'Skåne', 'Uppsala'];
const tally = (keys: string[]) =>
  [...new Set(keys)].sort().map((key) => ({ key, count: keys.filter((k) => k === key).length }));

describe('Breakdowns as the dashboard reads them give no hidden cell away', () => {
  it('inspections by sector and by region, against the exact total', () => {
    const inspection = fc.record({
      region: fc.constantFrom(...REGIONS, 'Okänd'),
      sector: fc.constantFrom(...SUPERVISION_SECTORS.slice(0, 3)),
    });
    fc.assert(
      fc.property(fc.array(inspection, { maxLength: 9 }), (inspections) => {
        const exact = {
          total: inspections.length,
          byRegion: tally(inspections.map((i) => i.region)),
          bySector: tally(inspections.map((i) => i.sector)),
        };
        const shown = toSuppressedDashboardType(
          'c',
          { ...exact, byLevel: [], byStatus: [] } as unknown as InspectionsDashboard,
          REGIONS,
        );
        const cap = inspections.length + 3;
        const readings: Reading[] = [{ id: 'total', truth: exact.total, values: [shown.total] }];
        const relations: Known[] = [];
        for (const [name, cells, listed] of [
          ['sector', shown.bySector, SUPERVISION_SECTORS as readonly string[]],
          ['region', shown.byRegion, REGIONS],
        ] as const) {
          const truth = name === 'sector' ? exact.bySector : exact.byRegion;
          for (const c of cells) {
            // Every configured key is listed, and "Övriga" for the rest: listing tells nothing.
            const count =
              c.key === 'Övriga'
                ? truth.filter((t) => !listed.includes(t.key)).reduce((n, t) => n + t.count, 0)
                : (truth.find((t) => t.key === c.key)?.count ?? 0);
            readings.push({
              id: `${name}:${c.key}`,
              truth: count,
              values: valuesOf(c.count.display, c.count.value, { cap, sensitive: true }),
            });
          }
          expect(cells.map((c) => c.key)).toEqual([...listed, 'Övriga']);
          relations.push(
            sum(
              'total',
              cells.map((c) => `${name}:${c.key}`),
            ),
          );
        }
        expect(determinedCells(readings, relations)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('obligations per module and owner, against the totals and overdue ≤ open', () => {
    const obligation = fc.record({
      module: fc.constantFrom('plan', 'tips'),
      owner: fc.constantFrom('AV', 'FK'),
      overdue: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 9 }), (list) => {
        const views = list as unknown as ObligationView[];
        const shown = toObligationCounts(views, '2025-06-01', true);
        const cap = list.length + 3;
        const readings: Reading[] = [
          {
            id: 'open',
            truth: list.length,
            values: valuesOf(shown.totalOpen.display, shown.totalOpen.value, { cap, sensitive: false }),
          },
          {
            id: 'overdue',
            truth: list.filter((o) => o.overdue).length,
            values: valuesOf(shown.totalOverdue.display, shown.totalOverdue.value, { cap, sensitive: false }),
          },
        ];
        const relations: Known[] = [atMost(['overdue'], ['open'])];
        for (const c of shown.cells) {
          const mine = list.filter((o) => o.module === c.module && o.owner === c.owner);
          const id = `${c.module}|${c.owner}`;
          readings.push({
            id: `${id}.open`,
            truth: mine.length,
            values: valuesOf(c.open.display, c.open.value, { cap, sensitive: true, lower: 1 }),
          });
          readings.push({
            id: `${id}.overdue`,
            truth: mine.filter((o) => o.overdue).length,
            values: valuesOf(c.overdue.display, c.overdue.value, { cap, sensitive: true }),
          });
          relations.push(atMost([`${id}.overdue`], [`${id}.open`]));
        }
        relations.push(
          sum(
            'open',
            shown.cells.map((c) => `${c.module}|${c.owner}.open`),
          ),
          sum(
            'overdue',
            shown.cells.map((c) => `${c.module}|${c.owner}.overdue`),
          ),
        );
        expect(determinedCells(readings, relations)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('dialogue coverage per area, where an outcome followed up is an outcome', () => {
    const area = fc.record({
      employersSelected: fc.nat(7),
      meetingsPlanned: fc.nat(7),
      meetingsHeld: fc.nat(7),
      meetingsCancelled: fc.nat(7),
      outcomes: fc.nat(7),
      followed: fc.nat(7),
    });
    fc.assert(
      fc.property(area, ({ followed, ...counts }) => {
        const exact = { area: 'Skåne', ...counts, outcomesFollowedUp: Math.min(followed, counts.outcomes) };
        const shown = toAreaCoverageType(exact, true);
        // The labels count as read: "färre än 5" says 1–4, "dold" says 0 or at least 5.
        const readings = COVERAGE_MEASURES.map((n) => ({
          id: n,
          truth: exact[n],
          values: valuesOf(shown[n].display, shown[n].value, { cap: 12, sensitive: true }),
        }));
        expect(determinedCells(readings, [atMost(['outcomesFollowedUp'], ['outcomes'])])).toEqual([]);
        for (const n of COVERAGE_MEASURES)
          if (exact[n] >= 1 && exact[n] <= 4)
            expect(shown[n]).toEqual({ value: null, suppressed: true, display: 'färre än 5' });
      }),
      { numRuns: 200 },
    );
  });

  it('forum attendance per term, where the total is the sum of the roles, and no counts per meeting', () => {
    const people = fc.record({ managers: fc.nat(7), hr: fc.nat(7), other: fc.nat(7), guests: fc.nat(7) });
    fc.assert(
      fc.property(people, fc.nat(6), (p, organisations) => {
        const participants = { ...p, total: p.managers + p.hr + p.other + p.guests };
        const meeting = {
          meetingId: 'm',
          title: 't',
          date: '2025-03-01',
          status: 'HELD' as const,
          organisations,
          participants,
        };
        const term = {
          term: 'VT' as const,
          held: 1,
          expected: 2,
          planned: 0,
          cancelled: 0,
          onTrack: false,
          attendance: { organisations, participants },
          meetings: [meeting],
        };
        const shown = toDashboardCadence({
          forumId: 'f',
          forumName: 'F',
          region: 'Skåne',
          terms: [term],
        } as ForumCadence).terms[0];
        const roles = ['managers', 'hr', 'other', 'guests', 'total'] as const;
        const read = ({ display, value }: { display: string; value: number | null }) =>
          valuesOf(display, value, { cap: 30, sensitive: true });
        const readings = [
          ...roles.map((r) => ({ id: r, truth: participants[r], values: read(shown.attendance.participants[r]) })),
          { id: 'organisations', truth: organisations, values: read(shown.attendance.organisations) },
        ];
        expect(determinedCells(readings, [sum('total', ['managers', 'hr', 'other', 'guests'])])).toEqual([]);
        const withheld = { value: null, suppressed: true, display: 'ej redovisad' };
        const { organisations: perMeeting, participants: people } = shown.meetings[0];
        expect([perMeeting, ...roles.map((r) => people[r])]).toEqual(Array(roles.length + 1).fill(withheld));
      }),
      { numRuns: 200 },
    );
  });
});
