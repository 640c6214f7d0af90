import { DEFAULT_REGIONS, parseOrganisationNumber } from '@samverkan/core';
import { SUPERVISION_SECTORS, YearSectors } from '@samverkan/supervision';
import { DEMO_CAMPAIGNS, demoCampaign, DemoCampaign, sectorsAfterChanges } from './demo-campaigns';
import { DEMO_INSPECTIONS, demoInspection, DemoInspection, inspectionsOf } from './demo-inspections';
import { demoCampaignId, demoInspectionId, supervisionCommandCount } from './seed-supervision';

/** The domain refuses dates after the real today: the demo stays well before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';

const campaignOf = (i: DemoInspection): DemoCampaign => demoCampaign(i.campaign);
/** The sectors a campaign aims at in the year of a date. */
const sectorsOn = (years: YearSectors[], date: string) =>
  years.find((y) => y.year === Number(date.slice(0, 4)))?.sectors ?? [];
const hasSystemDeficiency = (i: DemoInspection) => i.findings.some((f) => f.systemDeficiency);
const workplaceLevel = (list: readonly DemoInspection[]) => list.filter((i) => i.level === 'WORKPLACE');
const principalLevel = (list: readonly DemoInspection[]) => list.filter((i) => i.level === 'PRINCIPAL');

/** Every date an inspection carries. */
function datesOf(i: DemoInspection): string[] {
  return [
    i.inspectedOn,
    ...i.requirements.flatMap((r) => [r.issuedOn]),
    ...i.followUps.map((f) => f.followedUpOn),
    ...(i.outcome.kind === 'CLOSED' ? [i.outcome.closedOn] : []),
  ];
}

describe('Demo supervision campaigns', () => {
  it('are the two campaigns of the agreement, with their periods and sectors by year', () => {
    expect(DEMO_CAMPAIGNS.map((c) => [c.key, c.name])).toEqual([
      ['valfarden', 'Ett hållbart arbetsliv i välfärden'],
      ['halsosamt', 'Ett hälsosamt arbetsliv'],
    ]);
    const valfarden = demoCampaign('valfarden');
    expect(valfarden.period).toEqual({ from: '2025-05-01', to: '2026-05-31' });
    expect(sectorsAfterChanges(valfarden)).toEqual([
      { year: 2025, sectors: ['HOME_CARE'], preliminary: false },
      { year: 2026, sectors: ['HOME_CARE'], preliminary: false },
    ]);
    const halsosamt = demoCampaign('halsosamt');
    expect(halsosamt.period).toEqual({ from: '2025-08-01', to: '2026-08-31' });
    expect(halsosamt.sectorsByYear).toEqual([
      { year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'], preliminary: false },
      { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: true },
    ]);
  });

  it('confirm hälsosamt’s preliminary 2026 plan by a decision with a reason', () => {
    const halsosamt = demoCampaign('halsosamt');
    expect(halsosamt.sectorChanges).toHaveLength(1);
    expect(halsosamt.sectorChanges[0].sectors).toEqual({
      year: 2026,
      sectors: ['INDUSTRY', 'CONSTRUCTION'],
      preliminary: false,
    });
    expect(halsosamt.sectorChanges[0].reason.trim()).not.toBe('');
    expect(demoCampaign('valfarden').sectorChanges).toEqual([]);
  });

  it('are launched with a communication no later than the period ends; välfärden concluded and evaluated, hälsosamt still launched', () => {
    for (const c of DEMO_CAMPAIGNS) {
      expect(c.launch.launchedOn <= c.period.to && c.launch.launchedOn <= LATEST).toBe(true);
      expect(c.launch.communication.audiences.length).toBeGreaterThan(0);
      expect(c.launch.communication.summary.trim()).not.toBe('');
    }
    expect(demoCampaign('halsosamt').launch.communication.audiences).toEqual([
      'partnerråd',
      'fackliga nätverk',
      'berörda arbetsgivare',
    ]);
    const { conclusion, evaluation, launch } = demoCampaign('valfarden');
    expect(conclusion!.concludedOn).toMatch(/^2026-06-/);
    expect(conclusion!.concludedOn > launch.launchedOn).toBe(true);
    expect(conclusion!.communication.summary.trim()).not.toBe('');
    expect(evaluation!.evaluatedOn > conclusion!.concludedOn && evaluation!.evaluatedOn <= LATEST).toBe(true);
    expect(demoCampaign('halsosamt').conclusion).toBeUndefined();
    expect(demoCampaign('halsosamt').evaluation).toBeUndefined();
  });

  it('evaluate välfärden with the figures of its inspections', () => {
    const workplace = workplaceLevel(inspectionsOf('valfarden'));
    const principals = new Set(workplace.map((i) => i.principal.organisationNumber)).size;
    const regions = new Set(workplace.map((i) => i.region)).size;
    const summary = demoCampaign('valfarden').evaluation!.summary;
    expect(summary).toContain(
      `${workplace.length} arbetsplatsinspektioner av hemtjänstgrupper hos ${principals} huvudmän i ${regions} län`,
    );
    expect(summary).toContain(`systembrister vid ${workplace.filter(hasSystemDeficiency).length} av dem`);
    expect(summary).toContain(`${principalLevel(inspectionsOf('valfarden')).length} inspektioner på huvudmannanivå`);
  });
});

describe('Demo inspections', () => {
  it('have distinct keys, each of a demo campaign', () => {
    expect(new Set(DEMO_INSPECTIONS.map((i) => i.key)).size).toBe(DEMO_INSPECTIONS.length);
    for (const i of DEMO_INSPECTIONS) expect(i.key.startsWith(`${i.campaign}:`)).toBe(true);
  });

  it('fall inside their campaign’s period, after its launch, no later than the demo allows, in a sector of that year and a default region', () => {
    for (const i of DEMO_INSPECTIONS) {
      const campaign = campaignOf(i);
      expect(i.inspectedOn >= campaign.period.from && i.inspectedOn <= campaign.period.to).toBe(true);
      expect(i.inspectedOn >= campaign.launch.launchedOn).toBe(true);
      for (const date of datesOf(i)) expect(date <= LATEST).toBe(true);
      expect(SUPERVISION_SECTORS).toContain(i.sector);
      expect(sectorsOn(sectorsAfterChanges(campaign), i.inspectedOn)).toContain(i.sector);
      expect(sectorsOn(campaign.sectorsByYear, i.inspectedOn)).toContain(i.sector);
      expect(DEFAULT_REGIONS).toContain(i.region);
      expect(i.findings.length).toBeGreaterThan(0);
      for (const f of i.findings) expect(f.area.trim() && f.description.trim()).toBeTruthy();
    }
  });

  it('name a workplace at workplace level only', () => {
    for (const i of workplaceLevel(DEMO_INSPECTIONS)) expect(i.workplace?.trim()).toBeTruthy();
    for (const i of principalLevel(DEMO_INSPECTIONS)) expect(i.workplace).toBeUndefined();
  });

  it('are about 24 home care workplace inspections of about 10 principals in several regions in välfärden, about 40% with system deficiencies', () => {
    const workplace = workplaceLevel(inspectionsOf('valfarden'));
    expect(workplace).toHaveLength(24);
    expect(new Set(workplace.map((i) => i.principal.organisationNumber)).size).toBe(10);
    expect(new Set(workplace.map((i) => i.region)).size).toBeGreaterThanOrEqual(6);
    const share = workplace.filter(hasSystemDeficiency).length / workplace.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.45);
    expect(principalLevel(inspectionsOf('valfarden'))).toHaveLength(4);
    const kinds = new Set(workplace.map((i) => i.principal.organisationNumber.slice(0, 3)));
    expect([...kinds].sort()).toEqual(['212', '556']);
  });

  it('are about 16 workplace inspections in hälsosamt: preschool and primary care in 2025, industry and construction in 2026', () => {
    const workplace = workplaceLevel(inspectionsOf('halsosamt'));
    expect(workplace).toHaveLength(16);
    const in2025 = workplace.filter((i) => i.inspectedOn < '2026');
    expect(new Set(in2025.map((i) => i.sector))).toEqual(new Set(['PRESCHOOL', 'PRIMARY_CARE']));
    expect(new Set(workplace.filter((i) => i.inspectedOn >= '2026').map((i) => i.sector))).toEqual(
      new Set(['INDUSTRY', 'CONSTRUCTION']),
    );
    expect(principalLevel(inspectionsOf('halsosamt'))).toHaveLength(3);
  });

  it('at principal level build on an earlier workplace inspection of the same principal, in the same campaign, that found a system deficiency', () => {
    const principal = principalLevel(DEMO_INSPECTIONS);
    expect(principal.length).toBeGreaterThan(0);
    for (const i of principal) {
      const basis = demoInspection(i.basedOn!);
      expect(basis).toMatchObject({ level: 'WORKPLACE', campaign: i.campaign, principal: i.principal });
      expect(basis.inspectedOn < i.inspectedOn).toBe(true);
      expect(hasSystemDeficiency(basis)).toBe(true);
      // The seed records inspections in this order: the basis comes first.
      expect(DEMO_INSPECTIONS.indexOf(basis)).toBeLessThan(DEMO_INSPECTIONS.indexOf(i));
    }
    for (const i of workplaceLevel(DEMO_INSPECTIONS)) expect(i.basedOn).toBeUndefined();
  });

  it('record FK’s participation at every principal-level inspection, informing about support to prevent sick leave', () => {
    for (const i of principalLevel(DEMO_INSPECTIONS)) {
      expect(i.fkParticipation?.informedAbout).toMatch(/förebygga sjukfrånvaro/);
    }
  });

  it('issue requirements after the inspection, with a due date no earlier; follow-ups after them, and close only what is met', () => {
    expect(DEMO_INSPECTIONS.filter((i) => i.requirements.length > 0).length).toBeGreaterThanOrEqual(8);
    for (const i of DEMO_INSPECTIONS) {
      for (const r of i.requirements) {
        expect(r.issuedOn >= i.inspectedOn && r.dueDate >= r.issuedOn).toBe(true);
        expect(r.description.trim()).not.toBe('');
      }
      for (const f of i.followUps) {
        expect(f.followedUpOn >= i.inspectedOn && f.note.trim()).toBeTruthy();
        for (const r of i.requirements) expect(f.followedUpOn > r.issuedOn).toBe(true);
      }
      if (i.outcome.kind === 'CLOSED') {
        const { closedOn } = i.outcome;
        expect(closedOn >= i.inspectedOn).toBe(true);
        if (i.requirements.length > 0) expect(i.followUps.at(-1)?.requirementsMet).toBe(true);
        for (const f of i.followUps) expect(closedOn >= f.followedUpOn).toBe(true);
      }
    }
    expect(DEMO_INSPECTIONS.some((i) => i.followUps.some((f) => !f.requirementsMet))).toBe(true);
  });

  it('are all closed or carried over in välfärden by its conclusion, exactly one carried over with a reason', () => {
    const { concludedOn } = demoCampaign('valfarden').conclusion!;
    const inspections = inspectionsOf('valfarden');
    for (const i of inspections) {
      expect(['CLOSED', 'CARRIED_OVER']).toContain(i.outcome.kind);
      if (i.outcome.kind === 'CLOSED') expect(i.outcome.closedOn <= concludedOn).toBe(true);
    }
    const carried = inspections.filter((i) => i.outcome.kind === 'CARRIED_OVER');
    expect(carried).toHaveLength(1);
    expect(carried[0].outcome).toMatchObject({ reason: expect.stringMatching(/\S/) });
  });

  it('leave a few open in hälsosamt, still launched', () => {
    const open = inspectionsOf('halsosamt').filter((i) => i.outcome.kind === 'OPEN');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open.length).toBeLessThanOrEqual(4);
    expect(inspectionsOf('halsosamt').some((i) => i.outcome.kind === 'CARRIED_OVER')).toBe(false);
  });

  it('give every principal a valid organisation number of a legal person, one name per number', () => {
    const names = new Map<string, string>();
    for (const { principal } of DEMO_INSPECTIONS) {
      expect(parseOrganisationNumber(principal.organisationNumber)).toEqual({
        ok: true,
        value: principal.organisationNumber,
      });
      expect(principal.organisationNumber).toMatch(/^(212000|232100|556\d{3})-\d{4}$/);
      if (principal.name.startsWith('Region ')) expect(principal.organisationNumber).toMatch(/^232100-/);
      if (principal.name.endsWith(' kommun')) expect(principal.organisationNumber).toMatch(/^212000-/);
      if (principal.name.endsWith(' AB')) expect(principal.organisationNumber).toMatch(/^556/);
      expect(names.get(principal.organisationNumber) ?? principal.name).toBe(principal.name);
      names.set(principal.organisationNumber, principal.name);
    }
    expect(new Set(names.values()).size).toBe(names.size);
  });

  it('name other people sparingly', () => {
    const named = DEMO_INSPECTIONS.filter(
      (i) => i.otherInspectors.length > 0 || (i.fkParticipation?.otherParticipants.length ?? 0) > 0,
    );
    expect(named.length).toBeLessThanOrEqual(8);
  });
});

describe('The supervision seed', () => {
  it('derives stable, distinct ids from the demo keys', () => {
    expect(demoCampaignId('valfarden')).toBe(demoCampaignId('valfarden'));
    expect(demoCampaignId('valfarden')).not.toBe(demoCampaignId('halsosamt'));
    const ids = DEMO_INSPECTIONS.map((i) => demoInspectionId(i.key));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts its commands for the progress bar', () => {
    const campaigns = DEMO_CAMPAIGNS.reduce(
      (n, c) => n + 2 + c.sectorChanges.length + (c.conclusion ? 1 : 0) + (c.evaluation ? 1 : 0),
      0,
    );
    const inspections = DEMO_INSPECTIONS.reduce(
      (n, i) =>
        n +
        2 +
        (i.fkParticipation ? 1 : 0) +
        i.requirements.length +
        i.followUps.length +
        (i.outcome.kind === 'OPEN' ? 0 : 1),
      0,
    );
    expect(supervisionCommandCount()).toBe(campaigns + inspections);
  });
});
