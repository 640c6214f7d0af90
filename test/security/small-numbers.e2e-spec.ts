import { seedEveryModule } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

/**
 * Every dashboard query, as the DASHBOARD role and as an auditor: where the auditor sees a count of
 * 1–4 in a region or industry breakdown, the dashboard sees it suppressed; other counts agree
 * (or are hidden beside a suppressed one so it cannot be worked out from a total).
 */
describe('Small-number suppression for the dashboard', () => {
  const t = useTestApp();
  let campaignId: string;
  beforeAll(async () => {
    await seedEveryModule(t);
    const campaigns = await t.gql('AUDITOR', '{ supervisionCampaigns { id } }');
    campaignId = campaigns.data.supervisionCampaigns[0].id;
  }, 120_000);

  /** Pairs of (exact, shown) numbers found at the same place in the two answers. */
  function pairs(exact: unknown, shown: unknown, at = ''): Array<{ at: string; exact: number; shown: number | null }> {
    if (typeof exact === 'number') return [{ at, exact, shown: (shown ?? null) as number | null }];
    // Lists of keyed cells are paired by key: the dashboard may list keys (zeros) the exact answer leaves out.
    if (Array.isArray(exact) && exact.every((e) => e && typeof e === 'object' && 'key' in e)) {
      return exact.flatMap((e) =>
        pairs(
          e,
          (shown as { key: string }[]).find((s) => s.key === e.key),
          `${at}[${e.key}]`,
        ),
      );
    }
    if (Array.isArray(exact)) return exact.flatMap((e, i) => pairs(e, (shown as unknown[])[i], `${at}[${i}]`));
    if (exact && typeof exact === 'object') {
      return Object.entries(exact).flatMap(([k, v]) => pairs(v, (shown as Record<string, unknown>)[k], `${at}.${k}`));
    }
    return [];
  }

  async function compare(query: string, variables: Record<string, unknown>, inScope: (at: string) => boolean) {
    const auditor = await t.gql('AUDITOR', query, variables);
    const dashboard = await t.gql('DASHBOARD', query, variables);
    expect(auditor.errors).toBeUndefined();
    expect(dashboard.errors).toBeUndefined();
    const all = pairs(auditor.data, dashboard.data);
    const small = all.filter((p) => inScope(p.at) && p.exact >= 1 && p.exact <= 4);
    expect(small.length).toBeGreaterThan(0);
    for (const p of small) expect({ at: p.at, shown: p.shown }).toEqual({ at: p.at, shown: null });
    for (const p of all.filter((x) => !inScope(x.at)))
      expect({ at: p.at, shown: p.shown }).toEqual({ at: p.at, shown: p.exact });
    for (const p of all.filter((x) => inScope(x.at) && !(x.exact >= 1 && x.exact <= 4) && x.shown !== null))
      expect(p.shown).toBe(p.exact);
  }

  it('suppresses the tip funnel by region and by industry, and its totals only where they would give a cell away', async () => {
    for (const groupBy of ['REGION', 'INDUSTRY']) {
      await compare(
        'query($g: FunnelGrouping!) { tipFunnel(year: 2024, groupBy: $g) { total { impulses { value } tips { value } } groups { key figures { impulses { value } tips { value } directActions { value } } } } }',
        { g: groupBy },
        (at) => at.includes('.groups') || at.includes('.total'),
      );
    }
  });

  it('suppresses the inspections by sector and region, not by level or status', async () => {
    await compare(
      'query($c: String!) { inspectionsDashboard(campaignId: $c) { total byLevel { count { value } } byStatus { count { value } } bySector { key count { value } } byRegion { key count { value } } } }',
      { c: campaignId },
      (at) => at.includes('.bySector') || at.includes('.byRegion'),
    );
  });

  it('suppresses the people and employers of each forum in the cadence, not the meetings held', async () => {
    await compare(
      '{ forumCadence(year: 2025) { forums { terms { held expected attendance { organisations { value } participants { managers { value } hr { value } other { value } guests { value } total { value } } } } } } }',
      {},
      (at) => at.includes('.attendance'),
    );
  });

  it('suppresses the dialogue coverage per area', async () => {
    await compare(
      '{ dialogueCoverage(year: 2025) { employersSelected { value } meetingsHeld { value } meetingsPlanned { value } outcomes { value } } }',
      {},
      () => true,
    );
  });
});
