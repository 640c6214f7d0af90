import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import type { CampaignPageFragment, CommunicationInput, SupervisionSector, YearSectorsInput } from '../../gql/graphql';
import { lines } from '../../forms/fields/lines';
import { localNow } from '../steering/plan-fields';
import { SECTORS, T } from './texts';

const F = T.fields;

/** A label table as a select's options, in the table's order. */

/** Today as the browser's calendar date: what a date left as it is means. */
export const today = (now = new Date()) => localNow(now).slice(0, 10);

/** A choice of two, yes first. */
export const yesNoField = (name: string, label: string, yes: string, no: string): FieldSpec => ({
  name,
  label,
  kind: 'select',
  required: true,
  options: [
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ],
});

/** A year takes up to this many sectors in a form; the agreement's campaigns name two at most. */
export const SECTOR_SLOTS = 3;

/** Where a year's fields sit in a form: the plan has two years (`1`, `2`), the change form one (``). */
const sectorName = (slot: string, n: number) => `sector${slot}_${n}`;

/** The sector selects of one year: the first required, the others optional. */
export function sectorFields(slot: string, labelOf: (n: number) => string, required = true): FieldSpec[] {
  return Array.from({ length: SECTOR_SLOTS }, (_, i) => ({
    name: sectorName(slot, i + 1),
    label: labelOf(i + 1),
    kind: 'select' as const,
    required: required && i === 0,
    options: choicesOf(SECTORS),
  }));
}

/** The sectors chosen for a year's slot, in the order of the selects, blanks left out. */
export function sectorsOf(values: Values, slot: string): SupervisionSector[] {
  return Array.from({ length: SECTOR_SLOTS }, (_, i) => values[sectorName(slot, i + 1)]).filter(
    Boolean,
  ) as SupervisionSector[];
}

/** A whole year the server takes; its own refusal names a path (`sectorsByYear.0.year`) no field of the form has. */
export const validYear = (value: string) =>
  /^\d{4}$/.test(value.trim()) && +value >= 2000 && +value <= 2100 ? undefined : T.yearInvalid;

/** A campaign's plan: year 1 always, year 2 when its year is given. */
export const PLAN_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: F.name, required: true },
  { name: 'focus', label: F.focus, help: F.focusHelp, kind: 'textarea', required: true },
  { name: 'from', label: F.from, kind: 'date', required: true },
  { name: 'to', label: F.to, kind: 'date', required: true },
  ...[1, 2].flatMap((n): FieldSpec[] => [
    {
      name: `year${n}`,
      label: F.year(n),
      help: F.yearHelp,
      kind: 'number',
      required: n === 1,
      validate: validYear,
    },
    ...sectorFields(String(n), (s) => F.sector(n, s), n === 1),
    yesNoField(`preliminary${n}`, F.preliminary(n), F.yes, F.no),
  ]),
];

export const PLAN_DEFAULTS: Values = { preliminary1: 'no', preliminary2: 'yes', sector1_1: 'PRESCHOOL' };

/** The sectors per year a plan form gives; a second year without a year number is left out. */
export function sectorPlan(values: Values): YearSectorsInput[] {
  return [1, 2]
    .filter((n) => values[`year${n}`]?.trim())
    .map((n) => ({
      year: Number(values[`year${n}`]),
      sectors: sectorsOf(values, String(n)),
      preliminary: values[`preliminary${n}`] === 'yes',
    }));
}

/** A communication to the social partners: its audiences by line and what they were told. */
export const COMMUNICATION_FIELDS = (dateName: string, dateLabel: string): FieldSpec[] => [
  { name: dateName, label: dateLabel, help: F.dateHelp, kind: 'date' },
  { name: 'audiences', label: F.audiences, help: F.audiencesHelp, kind: 'textarea', required: true },
  { name: 'summary', label: F.communication, kind: 'textarea', required: true },
];

export const communicationOf = (values: Values): CommunicationInput => ({
  audiences: lines(values.audiences),
  summary: values.summary.trim(),
});

/** A field left empty is left out of the input, so the server takes its default (a date: today). */
export function given<K extends string>(values: Values, ...names: K[]): Partial<Record<K, string>> {
  return Object.fromEntries(
    names.filter((name) => values[name]?.trim()).map((name) => [name, values[name].trim()]),
  ) as Partial<Record<K, string>>;
}

/**
 * Every sector the campaign aims at in any year, in the order first planned, with the years it is
 * aimed at: the only sectors an inspection may have, and the years in which each holds.
 */
export function campaignSectors(
  campaign: Pick<CampaignPageFragment, 'sectorsByYear'>,
): { sector: SupervisionSector; years: number[] }[] {
  const years = new Map<SupervisionSector, number[]>();
  for (const { year, sectors } of campaign.sectorsByYear)
    for (const sector of sectors) years.set(sector, [...(years.get(sector) ?? []), year]);
  return [...years].map(([sector, inYears]) => ({ sector, years: inYears }));
}

/** The years a campaign's sectors may be planned for: every calendar year its period touches. */
export function yearsOf(campaign: Pick<CampaignPageFragment, 'period'>): number[] {
  const from = Number(campaign.period.from.slice(0, 4));
  const to = Number(campaign.period.to.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export { lines };
