import { EligibilityDoc, InspectionDoc } from './supervision.documents';

export interface Cell {
  key: string;
  count: number;
}

export interface InspectionsDashboard {
  total: number;
  byLevel: Cell[];
  bySector: Cell[];
  byRegion: Cell[];
  byStatus: Cell[];
  workplaceInspections: number;
  withSystemDeficiencies: number;
  /** Of the workplace inspections, the share that found system deficiencies (0 when there are none). */
  shareWithSystemDeficiencies: number;
  requirementsIssued: number;
  withFkParticipation: number;
  principalFollowUps: { eligiblePrincipals: number; inspected: number; awaiting: number };
}

function cells(values: string[]): Cell[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key, 'sv'));
}

/**
 * The campaign's inspection figures, from the inspection and eligibility read models. "Awaiting"
 * counts principals marked eligible that have no principal-level inspection yet.
 */
export function inspectionsDashboard(inspections: InspectionDoc[], eligible: EligibilityDoc[]): InspectionsDashboard {
  const workplace = inspections.filter((i) => i.level === 'WORKPLACE');
  const withDeficiencies = workplace.filter((i) => i.systemDeficiencies).length;
  const principalLevel = new Set(
    inspections.filter((i) => i.level === 'PRINCIPAL').map((i) => i.principal.organisationNumber),
  );
  const inspected = eligible.filter((e) => principalLevel.has(e.organisationNumber)).length;
  return {
    total: inspections.length,
    byLevel: cells(inspections.map((i) => i.level)),
    bySector: cells(inspections.map((i) => i.sector)),
    byRegion: cells(inspections.map((i) => i.region)),
    byStatus: cells(inspections.map((i) => i.status)),
    workplaceInspections: workplace.length,
    withSystemDeficiencies: withDeficiencies,
    shareWithSystemDeficiencies: workplace.length === 0 ? 0 : withDeficiencies / workplace.length,
    requirementsIssued: inspections.reduce((sum, i) => sum + i.requirements.length, 0),
    withFkParticipation: inspections.filter((i) => i.fkParticipantIds.length > 0).length,
    principalFollowUps: { eligiblePrincipals: eligible.length, inspected, awaiting: eligible.length - inspected },
  };
}
