import { COVERAGE_MEASURES, FUNNEL_COUNTS } from '../support/dashboard-measures';
import { seedEveryModule } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

const EXPLAIN = `query($figure: String!, $cell: FigureCellInput!) { explain(figure: $figure, cell: $cell) { position eventId stream type summary } }`;

/**
 * Every dashboard figure, cell by cell, against the events `explain` names behind it: as many
 * events as the figure counts, of the kind that makes an item count, and the cells add up.
 */
describe('Explainable figures', () => {
  const t = useTestApp();
  beforeAll(async () => {
    await seedEveryModule(t);
  }, 120_000);

  const explain = async (figure: string, cell: Record<string, unknown>) => {
    const res = await t.gql('AUDITOR', EXPLAIN, { figure, cell });
    expect(res.errors).toBeUndefined();
    return res.data.explain as { position: string; stream: string; type: string }[];
  };

  it('explains the tip funnel: each measure of each region, and the total', async () => {
    const selection = FUNNEL_COUNTS.map((m) => `${m} { value }`).join(' ');
    const res = await t.gql(
      'AUDITOR',
      `{ tipFunnel(year: 2024, groupBy: REGION) { total { ${selection} } groups { key figures { ${selection} } } } }`,
    );
    const funnel = res.data.tipFunnel;
    for (const measure of FUNNEL_COUNTS) {
      let sum = 0;
      for (const group of funnel.groups) {
        const events = await explain('tipFunnel', { year: 2024, groupBy: 'REGION', key: group.key, measure });
        expect({ group: group.key, measure, count: events.length }).toEqual({
          group: group.key,
          measure,
          count: group.figures[measure].value,
        });
        sum += events.length;
      }
      const total = await explain('tipFunnel', { year: 2024, measure });
      expect({ measure, total: total.length, sum }).toEqual({
        measure,
        total: funnel.total[measure].value,
        sum: funnel.total[measure].value,
      });
    }
    const impulses = await explain('tipFunnel', { year: 2024, measure: 'impulses' });
    expect(impulses).toHaveLength(funnel.total.impulses.value);
    expect(new Set(impulses.map((e) => e.type))).toEqual(new Set(['ImpulseReported']));
    expect(new Set(impulses.map((e) => e.stream)).size).toBe(impulses.length);
  });

  it('explains the forum cadence: the meetings held, planned and cancelled per forum and term', async () => {
    const res = await t.gql(
      'AUDITOR',
      '{ forumCadence(year: 2025) { forums { forumId terms { term held planned cancelled } } } }',
    );
    let held = 0;
    for (const forum of res.data.forumCadence.forums) {
      for (const term of forum.terms) {
        for (const measure of ['held', 'planned', 'cancelled']) {
          const events = await explain('forumCadence', { year: 2025, key: forum.forumId, groupBy: term.term, measure });
          expect({ at: `${forum.forumId} ${term.term} ${measure}`, count: events.length }).toEqual({
            at: `${forum.forumId} ${term.term} ${measure}`,
            count: term[measure],
          });
        }
        held += term.held;
      }
    }
    const all = await explain('forumCadence', { year: 2025, measure: 'held' });
    expect(all).toHaveLength(held);
    expect(new Set(all.map((e) => e.type))).toEqual(new Set(['MeetingHeld']));
  });

  it('explains the inspections dashboard: every breakdown adds up to the total', async () => {
    const campaigns = (await t.gql('AUDITOR', '{ supervisionCampaigns { id } }')).data.supervisionCampaigns;
    for (const { id } of campaigns) {
      const res = await t.gql(
        'AUDITOR',
        `query($c: String!) { inspectionsDashboard(campaignId: $c) { total withSystemDeficiencies withFkParticipation requirementsIssued
        byLevel { key count { value } } bySector { key count { value } } byRegion { key count { value } } byStatus { key count { value } } } }`,
        { c: id },
      );
      const d = res.data.inspectionsDashboard;
      expect(await explain('inspectionsDashboard', { campaignId: id, measure: 'inspections' })).toHaveLength(d.total);
      for (const [groupBy, cells] of [
        ['level', d.byLevel],
        ['sector', d.bySector],
        ['region', d.byRegion],
        ['status', d.byStatus],
      ] as const) {
        let sum = 0;
        for (const cell of cells as { key: string; count: { value: number } }[]) {
          const events = await explain('inspectionsDashboard', {
            campaignId: id,
            groupBy,
            key: cell.key,
            measure: 'inspections',
          });
          expect({ groupBy, key: cell.key, count: events.length }).toEqual({
            groupBy,
            key: cell.key,
            count: cell.count.value,
          });
          sum += events.length;
        }
        expect(sum).toBe(d.total);
      }
      for (const measure of ['withSystemDeficiencies', 'withFkParticipation', 'requirementsIssued']) {
        expect({ measure, count: (await explain('inspectionsDashboard', { campaignId: id, measure })).length }).toEqual(
          { measure, count: d[measure] },
        );
      }
    }
  });

  it('explains the dialogue coverage per area', async () => {
    const res = await t.gql(
      'AUDITOR',
      `{ dialogueCoverage(year: 2025) { area ${COVERAGE_MEASURES.map((m) => `${m} { value }`).join(' ')} } }`,
    );
    expect(res.data.dialogueCoverage.length).toBeGreaterThan(0);
    for (const area of res.data.dialogueCoverage) {
      for (const measure of COVERAGE_MEASURES) {
        const events = await explain('dialogueCoverage', { year: 2025, key: area.area, measure });
        expect({ area: area.area, measure, count: events.length }).toEqual({
          area: area.area,
          measure,
          count: area[measure].value,
        });
      }
    }
  });

  it('names the field for an unknown figure or measure, and is not for the dashboard role', async () => {
    const unknown = await t.gql('AUDITOR', EXPLAIN, { figure: 'nonsense', cell: { measure: 'x' } });
    expect(unknown.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'figure' })]);
    const measure = await t.gql('AUDITOR', EXPLAIN, { figure: 'tipFunnel', cell: { year: 2024, measure: 'x' } });
    expect(measure.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'cell.measure' })]);
    expect(
      (await t.gql('DASHBOARD', EXPLAIN, { figure: 'tipFunnel', cell: { year: 2024, measure: 'tips' } })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
