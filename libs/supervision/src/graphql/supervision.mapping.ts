import { CellState, PersonDirectory, protectFigure, publishedCount, sumOf } from '@samverkan/core';
import { SUPERVISION_SECTORS } from '../domain';
import { Cell, InspectionsDashboard } from '../read-model/inspections.dashboard';
import { CampaignDoc, InspectionDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import { CampaignType, CountCellType, InspectionsDashboardType, InspectionType } from './supervision.types';

const person = (persons: PersonDirectory) => (id: string) => ({ id, name: persons.displayName(id) });

export function toCampaignType({ doc, revision }: Versioned<CampaignDoc>): CampaignType {
  return {
    id: doc.campaignId,
    name: doc.name,
    focus: doc.focus,
    period: doc.period,
    sectorsByYear: doc.sectorsByYear,
    lead: doc.lead,
    partner: doc.partner,
    status: doc.status,
    launch: doc.launch && { on: doc.launch.on, communication: doc.launch.communication, summary: null },
    conclusion: doc.conclusion && { on: doc.conclusion.on, communication: doc.conclusion.communication, summary: null },
    evaluation: doc.evaluation && { on: doc.evaluation.on, communication: null, summary: doc.evaluation.summary },
    sectorChanges: doc.sectorChanges,
    revision,
  };
}

export function toInspectionType(
  { doc, revision }: Versioned<InspectionDoc>,
  persons: PersonDirectory,
): InspectionType {
  return {
    ...doc,
    id: doc.inspectionId,
    inspectors: doc.inspectorIds.map(person(persons)),
    fkParticipants: doc.fkParticipantIds.map(person(persons)),
    revision,
  };
}

function cell({ key, count }: Cell, state: CellState = 'shown'): CountCellType {
  return { key, count: publishedCount(count, state) };
}

/** The exact dashboard, for every role but DASHBOARD. */
export function toDashboardType(campaignId: string, figures: InspectionsDashboard): InspectionsDashboardType {
  return {
    ...figures,
    campaignId,
    byLevel: figures.byLevel.map((c) => cell(c)),
    byStatus: figures.byStatus.map((c) => cell(c)),
    bySector: figures.bySector.map((c) => cell(c)),
    byRegion: figures.byRegion.map((c) => cell(c)),
  };
}

/** For DASHBOARD, keys outside the configured ones are counted together under this one, always listed. */
export const OTHER_KEYS = 'Övriga';

/**
 * For DASHBOARD the sector and region breakdowns are protected against the total, which stays
 * exact (level and status give it anyway). Every configured region and sector is listed, zeros
 * too, and the rest together as "Övriga", so which keys appear tells nothing.
 */
export function toSuppressedDashboardType(
  campaignId: string,
  figures: InspectionsDashboard,
  regions: string[],
): InspectionsDashboardType {
  const bySector = everyKey(figures.bySector, SUPERVISION_SECTORS);
  const byRegion = everyKey(figures.byRegion, regions);
  const id = (breakdown: string, key: string) => `${breakdown}:${key}`;
  const cells = [
    { id: 'total', value: figures.total, sensitive: false, hideable: false },
    ...bySector.map((c) => ({ id: id('sector', c.key), value: c.count, sensitive: true })),
    ...byRegion.map((c) => ({ id: id('region', c.key), value: c.count, sensitive: true })),
  ];
  const relations = [
    sumOf(
      'total',
      bySector.map((c) => id('sector', c.key)),
    ),
    sumOf(
      'total',
      byRegion.map((c) => id('region', c.key)),
    ),
  ];
  const states = protectFigure({ cells, relations });
  return {
    ...toDashboardType(campaignId, figures),
    bySector: bySector.map((c) => cell(c, states.get(id('sector', c.key)))),
    byRegion: byRegion.map((c) => cell(c, states.get(id('region', c.key)))),
  };
}

function everyKey(cells: Cell[], keys: readonly string[]): Cell[] {
  const count = new Map(cells.map((c) => [c.key, c.count]));
  const others = cells.filter((c) => !keys.includes(c.key)).reduce((n, c) => n + c.count, 0);
  return [...keys.map((key) => ({ key, count: count.get(key) ?? 0 })), { key: OTHER_KEYS, count: others }];
}
