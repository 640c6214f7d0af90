import type { SupervisionSector } from '../../gql/graphql';
import { dashboardRows } from './dashboard-rows';
import {
  campaignSectors,
  communicationOf,
  given,
  PLAN_FIELDS,
  sectorPlan,
  sectorsOf,
  today,
  validYear,
  yearsOf,
} from './supervision-fields';

describe("The supervision desk's form fields", () => {
  it('plans the first year always and the second only when its year is given, sectors in the order chosen, blanks left out', () => {
    const values = {
      year1: '2025',
      sector1_1: 'PRESCHOOL',
      sector1_2: '',
      sector1_3: 'PRIMARY_CARE',
      preliminary1: 'no',
      year2: '2026',
      sector2_1: 'INDUSTRY',
      sector2_2: 'CONSTRUCTION',
      preliminary2: 'yes',
    };
    expect(sectorPlan(values)).toEqual([
      { year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'], preliminary: false },
      { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: true },
    ]);
    expect(sectorPlan({ ...values, year2: ' ' })).toHaveLength(1);
  });

  it('asks for the first sector of the first year only, every sector a choice among the known sectors', () => {
    const sectors = PLAN_FIELDS.filter((f) => f.name.startsWith('sector'));
    expect(sectors.filter((f) => f.required).map((f) => f.name)).toEqual(['sector1_1']);
    expect(sectors.every((f) => f.kind === 'select' && f.options?.some((o) => o.value === 'HOME_CARE'))).toBe(true);
    expect(PLAN_FIELDS.find((f) => f.name === 'year2')?.required).toBe(false);
    expect(['2025', ' 2100 '].map(validYear)).toEqual([undefined, undefined]);
    expect(['1999', '2101', '25', '2025.5'].every((year) => validYear(year))).toBe(true);
  });

  it("reads the change form's year without a slot", () => {
    expect(sectorsOf({ sector_1: 'HOME_CARE', sector_2: 'SCHOOL', sector_3: '' }, '')).toEqual(['HOME_CARE', 'SCHOOL']);
  });

  it("offers an inspection only the campaign's sectors, each once with the years it holds, and a change every year the period touches", () => {
    const campaign = {
      period: { from: '2025-08-01', to: '2026-08-31' },
      sectorsByYear: [
        { year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'] as SupervisionSector[], preliminary: false },
        { year: 2026, sectors: ['INDUSTRY', 'PRESCHOOL'] as SupervisionSector[], preliminary: true },
      ],
    };
    expect(campaignSectors(campaign)).toEqual([
      { sector: 'PRESCHOOL', years: [2025, 2026] },
      { sector: 'PRIMARY_CARE', years: [2025] },
      { sector: 'INDUSTRY', years: [2026] },
    ]);
    expect(yearsOf(campaign)).toEqual([2025, 2026]);
    expect(yearsOf({ period: { from: '2026-01-01', to: '2025-01-01' } })).toEqual([]);
  });

  it('leaves out what was left empty, so the server dates it today, and reads audiences by line', () => {
    expect(given({ launchedOn: '', closedOn: ' 2025-10-01 ' }, 'launchedOn', 'closedOn')).toEqual({
      closedOn: '2025-10-01',
    });
    expect(communicationOf({ audiences: 'partnerråd\n\n fackliga nätverk ', summary: ' Kampanjen ' })).toEqual({
      audiences: ['partnerråd', 'fackliga nätverk'],
      summary: 'Kampanjen',
    });
    expect(today(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

describe("The campaign dashboard's breakdowns", () => {
  const count = (value: number | null) => ({
    value,
    display: value === null ? 'färre än 5' : String(value),
    suppressed: value === null,
  });
  it('lists level, sector, region and status with their Swedish labels and the cell explain takes', () => {
    const rows = dashboardRows({
      campaignId: 'c',
      total: 3,
      workplaceInspections: 2,
      withSystemDeficiencies: 1,
      requirementsIssued: 0,
      withFkParticipation: 0,
      principalFollowUps: { eligiblePrincipals: 1, inspected: 1, awaiting: 0 },
      byLevel: [{ key: 'PRINCIPAL', count: count(1) }],
      bySector: [{ key: 'HOME_CARE', count: count(3) }],
      byRegion: [{ key: 'Skåne', count: count(null) }],
      byStatus: [{ key: 'CARRIED_OVER', count: count(3) }],
    });
    expect(rows.map((r) => [r.groupBy, r.key, r.label, r.count.value])).toEqual([
      ['level', 'PRINCIPAL', 'Huvudmannanivå', 1],
      ['sector', 'HOME_CARE', 'Hemtjänst', 3],
      ['region', 'Skåne', 'Skåne', null],
      ['status', 'CARRIED_OVER', 'Överförd', 3],
    ]);
  });
});
