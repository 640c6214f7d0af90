import { FEWER_THAN_FIVE, HIDDEN_BESIDE_SMALL, PersonDirectory, protectColumn, shownCount } from '@samverkan/core';
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

export function toInspectionType({ doc, revision }: Versioned<InspectionDoc>, persons: PersonDirectory): InspectionType {
  return {
    ...doc,
    id: doc.inspectionId,
    inspectors: doc.inspectorIds.map(person(persons)),
    fkParticipants: doc.fkParticipantIds.map(person(persons)),
    revision,
  };
}

/** Small-number suppression (core): a count of 1 to 4 in a sector or region cell could point at one employer. */
function cell({ key, count }: Cell, suppress: boolean): CountCellType {
  const shown = shownCount(count, suppress);
  return { key, count: shown, display: shown === null ? FEWER_THAN_FIVE : String(count), suppressed: shown === null };
}

export function toDashboardType(campaignId: string, figures: InspectionsDashboard, suppress: boolean): InspectionsDashboardType {
  return {
    ...figures,
    campaignId,
    byLevel: figures.byLevel.map((c) => cell(c, false)),
    byStatus: figures.byStatus.map((c) => cell(c, false)),
    bySector: breakdown(figures.bySector, suppress),
    byRegion: breakdown(figures.byRegion, suppress),
  };
}

/**
 * With one cell suppressed, the total would give it away: the smallest other cell is hidden too
 * ("dold"), as in the tip funnel.
 */
function breakdown(cells: Cell[], suppress: boolean): CountCellType[] {
  const shown = cells.map((c) => cell(c, suppress));
  protectColumn(shown, (c) => c.count ?? 0, (c) => c.suppressed, (c) => Object.assign(c, { count: null, display: HIDDEN_BESIDE_SMALL, suppressed: true }));
  return shown;
}
