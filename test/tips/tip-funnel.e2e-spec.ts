import { DEFAULT_REGIONS, EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { DEMO_SHAPES, demoYear, seedTipYear } from '@samverkan/demo';
import { demoSendOf } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

const FIGURES = `impulses { value suppressed display } tips { value suppressed display }
  directActions { value suppressed display } indirectUses { value } noActions { value } awaitingOutcome { value }
  dismissedImpulses { value } noActionReasons { reason label count { value suppressed display } }`;

const FUNNEL = `query($year: Int!, $groupBy: FunnelGrouping!) { tipFunnel(year: $year, groupBy: $groupBy) {
  year groupBy suppressed total { ${FIGURES} } groups { key label figures { ${FIGURES} } } } }`;

const REGIONS = DEFAULT_REGIONS;
const value = (figures: any, name: string) => figures[name].value;

describe('The tip funnel', () => {
  const t = useTestApp();
  let store: EventStore;

  beforeAll(async () => {
    store = t.app.get<EventStore>(EVENT_STORE);
    // The 2024 shape through the real command path: reports, bundling, sending, receipt, outcomes.
    await seedTipYear(demoSendOf(t), demoYear(2024, DEMO_SHAPES[2024], REGIONS));
  }, 60_000);

  it('reads back 2024 as FK reported it: 113 impulses, 25 tips, 5 direct actions', async () => {
    const res = await t.gql('AUDITOR', FUNNEL, { year: 2024, groupBy: 'QUARTER' });
    expect(res.errors).toBeUndefined();
    const total = res.data.tipFunnel.total;
    expect([value(total, 'impulses'), value(total, 'tips'), value(total, 'directActions')]).toEqual([113, 25, 5]);
    expect([value(total, 'indirectUses'), value(total, 'noActions'), value(total, 'awaitingOutcome')]).toEqual([
      8, 12, 0,
    ]);
    const reasons = total.noActionReasons.filter((r: any) => r.count.value > 0);
    expect(reasons.reduce((sum: number, r: any) => sum + r.count.value, 0)).toBe(12);
    expect(reasons[0].label).toEqual(expect.any(String));
  });

  it('lists the years it has figures for, to every role, and only those', async () => {
    for (const role of ['AUDITOR', 'DASHBOARD']) {
      const years: number[] = (await t.gql(role, '{ tipFunnelYears }')).data.tipFunnelYears;
      expect(years).toContain(2024);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const year of [...years, 2023]) {
        const total = (await t.gql('AUDITOR', FUNNEL, { year, groupBy: 'REGION' })).data.tipFunnel.total;
        expect(value(total, 'impulses') + value(total, 'tips') > 0).toBe(years.includes(year));
      }
    }
  });

  it('splits the year into quarters that add up to the total', async () => {
    const res = await t.gql('STEERING_GROUP', FUNNEL, { year: 2024, groupBy: 'QUARTER' });
    const groups = res.data.tipFunnel.groups;
    expect(groups.map((g: any) => g.key)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    for (const name of ['impulses', 'tips', 'directActions', 'noActions']) {
      const sum = groups.reduce((s: number, g: any) => s + value(g.figures, name), 0);
      expect(sum).toBe(value(res.data.tipFunnel.total, name));
    }
  });

  it('breaks the year down by region and by SNI section, exactly for the auditor', async () => {
    const byRegion = await t.gql('AUDITOR', FUNNEL, { year: 2024, groupBy: 'REGION' });
    const regions = byRegion.data.tipFunnel.groups;
    expect(regions.map((g: any) => g.key)).toEqual(REGIONS);
    expect(regions.reduce((s: number, g: any) => s + value(g.figures, 'impulses'), 0)).toBe(113);
    expect(byRegion.data.tipFunnel.suppressed).toBe(false);

    const byIndustry = await t.gql('AUDITOR', FUNNEL, { year: 2024, groupBy: 'INDUSTRY' });
    const sections = byIndustry.data.tipFunnel.groups;
    expect(sections.find((g: any) => g.key === 'Q').label).toBe('Q Vård och omsorg; sociala tjänster');
    expect(sections.reduce((s: number, g: any) => s + value(g.figures, 'tips'), 0)).toBe(25);
  });

  it('shows the dashboard "färre än 5" for small counts by region or industry, and hides more only so that none can be worked out', async () => {
    const exact = await t.gql('AUDITOR', FUNNEL, { year: 2024, groupBy: 'INDUSTRY' });
    const res = await t.gql('DASHBOARD', FUNNEL, { year: 2024, groupBy: 'INDUSTRY' });
    expect(res.data.tipFunnel.suppressed).toBe(true);
    expect([5, null]).toContain(res.data.tipFunnel.total.directActions.value);
    const cells = (funnel: any) =>
      funnel.groups.flatMap((g: any) => ['impulses', 'tips', 'directActions'].map((n) => g.figures[n]));
    const pairs = cells(exact.data.tipFunnel).map((cell: any, i: number) => [cell.value, cells(res.data.tipFunnel)[i]]);
    expect(pairs.some(([v]: [number]) => v > 0 && v < 5)).toBe(true);
    for (const [exactValue, shown] of pairs) {
      // A funnel whose protection is not settled within its search budget is not reported at all.
      if (exactValue > 0 && exactValue < 5) expect(['färre än 5', 'ej redovisad']).toContain(shown.display);
      if (exactValue > 0 && exactValue < 5) expect(shown.value).toBeNull();
      else if (shown.suppressed) expect(['dold', 'ej redovisad']).toContain(shown.display);
      else expect(shown).toEqual({ value: exactValue, suppressed: false, display: String(exactValue) });
    }
  });

  it('is a read model: a second seed of the same year appends nothing and changes no figure', async () => {
    const head = await store.headPosition();
    await seedTipYear(demoSendOf(t), demoYear(2024, DEMO_SHAPES[2024], REGIONS));
    expect(await store.headPosition()).toBe(head);
    const res = await t.gql('AUDITOR', FUNNEL, { year: 2024, groupBy: 'REGION' });
    expect(value(res.data.tipFunnel.total, 'impulses')).toBe(113);
  }, 60_000);

  it('counts nothing for a year without tips, and refuses an absurd year', async () => {
    const empty = await t.gql('DASHBOARD', FUNNEL, { year: 2019, groupBy: 'QUARTER' });
    expect(value(empty.data.tipFunnel.total, 'impulses')).toBe(0);
    const absurd = await t.gql('DASHBOARD', FUNNEL, { year: 20240, groupBy: 'QUARTER' });
    expect(absurd.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
