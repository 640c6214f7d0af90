import {
  normalisedOrganisationNumber,
  PersonDirectory,
  publishedCount,
  SNI_SECTIONS,
  sniSection,
} from '@samverkan/core';
import { NO_ACTION_REASONS, noActionReasonLabel } from '../domain';
import { emptyFigures, FunnelCells, FunnelFigures, FunnelGrouping } from '../read-model/tips.funnel';
import { ImpulseRow, OutcomeEntry, TipRow } from '../read-model/tips.tables';
import { FunnelFiguresType, ImpulseType, IndustryType, PersonRefType, TipFunnelType, TipType } from './tips.types';

function industry(code: string): IndustryType {
  const section = sniSection(code);
  return { code, section: section.letter, sectionName: section.name };
}

/** The employer an impulse or a tip is about, as both rows hold it. */
function employerOf(row: ImpulseRow | TipRow): Pick<ImpulseType, 'employer' | 'region' | 'industry'> {
  return {
    employer: { organisationNumber: row.organisation_number, name: row.employer_name },
    region: row.region,
    industry: industry(row.industry),
  };
}

/** The employer part of an impulse or tip list's filter as the read model takes it. */
export function employerFilterOf(filter: { region?: string; industry?: string; organisationNumber?: string }) {
  const { region, industry, organisationNumber } = filter;
  return {
    region,
    industry,
    organisationNumber: organisationNumber && normalisedOrganisationNumber(organisationNumber),
  };
}

function person(id: string | null, persons: PersonDirectory): PersonRefType | null {
  return id ? { id, name: persons.displayName(id) } : null;
}

export function toImpulseType(row: ImpulseRow, persons: PersonDirectory): ImpulseType {
  return {
    id: row.id,
    revision: row.revision,
    status: row.status,
    ...employerOf(row),
    deficiency: row.deficiency as ImpulseType['deficiency'],
    description: row.description,
    reportedOn: row.reported_on,
    reportedBy: person(row.reported_by, persons),
    tipId: row.tip_id,
    dismissal: row.dismissal_reason ? { reason: row.dismissal_reason, dismissedOn: row.dismissed_on ?? '' } : null,
  };
}

export function toTipType(row: TipRow, persons: PersonDirectory): TipType {
  const outcomes = JSON.parse(row.outcomes) as OutcomeEntry[];
  return {
    id: row.id,
    revision: row.revision,
    status: row.status,
    ...employerOf(row),
    summary: row.summary,
    impulseIds: JSON.parse(row.impulse_ids) as string[],
    compiledAt: new Date(row.compiled_at),
    compiledBy: person(row.compiled_by, persons),
    sentOn: row.sent_on,
    receivedOn: row.received_on,
    avDiaryNumber: row.av_diary_number,
    outcomes: outcomes.map((o) => ({
      kind: o.kind,
      action: (o.action ?? null) as TipType['outcomes'][number]['action'],
      noActionReason: (o.reasonCode ?? null) as TipType['outcomes'][number]['noActionReason'],
      reason: o.reason ?? null,
      note: o.note ?? null,
      decidedOn: o.decidedOn,
      recordedBy: person(o.recordedBy, persons),
      recordedAt: new Date(o.recordedAt),
    })),
  };
}

function figures(f: FunnelFigures): FunnelFiguresType {
  const c = (value: number) => publishedCount(value);
  return {
    impulses: c(f.impulses),
    dismissedImpulses: c(f.dismissedImpulses),
    tips: c(f.tips),
    directActions: c(f.directActions),
    indirectUses: c(f.indirectUses),
    noActions: c(f.noActions),
    awaitingOutcome: c(f.awaitingOutcome),
    noActionReasons: NO_ACTION_REASONS.map((reason) => ({
      reason,
      label: noActionReasonLabel[reason],
      count: c(f.noActionReasons[reason] ?? 0),
    })),
  };
}

export function groupKeys(
  grouping: FunnelGrouping,
  seen: string[],
  regions: string[],
): { key: string; label: string }[] {
  if (grouping === 'QUARTER') return ['Q1', 'Q2', 'Q3', 'Q4'].map((key) => ({ key, label: key }));
  if (grouping === 'REGION') {
    const extra = seen.filter((key) => !regions.includes(key)).sort();
    return [...regions, ...extra].map((key) => ({ key, label: key }));
  }
  return SNI_SECTIONS.filter((s) => seen.includes(s.letter)).map((s) => ({
    key: s.letter,
    label: `${s.letter} ${s.name}`,
  }));
}

/** The funnel with exact figures, for every role but DASHBOARD (tips.dashboard.ts suppresses for it). */
export function toTipFunnel(
  year: number,
  grouping: FunnelGrouping,
  cells: FunnelCells,
  options: { regions: string[] },
): TipFunnelType {
  const groups = groupKeys(grouping, [...cells.groups.keys()], options.regions).map(({ key, label }) => ({
    key,
    label,
    figures: figures(cells.groups.get(key) ?? emptyFigures()),
  }));
  return { year, groupBy: grouping, total: figures(cells.total), groups, suppressed: false };
}
