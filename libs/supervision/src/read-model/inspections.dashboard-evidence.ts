import { Evidence, FigureCell, FigureExplainer, InputValidationError } from '@samverkan/core';
import { InspectionDoc } from './supervision.documents';

const BREAKDOWNS: Record<string, (i: InspectionDoc) => string> = {
  level: (i) => i.level,
  sector: (i) => i.sector,
  region: (i) => i.region,
  status: (i) => i.status,
};

const stream = (i: InspectionDoc) => `inspection-${i.inspectionId}`;

/**
 * The dashboard counts inspections (by level, sector, region, status) and, of them, those with
 * system deficiencies, FK taking part, and the requirements issued. Each count is explained by the
 * event that made the inspection count: its recording, or for a status its latest event.
 */
const MEASURES: Record<string, (inspections: InspectionDoc[], groupBy: string | undefined) => Evidence[]> = {
  inspections: (list, groupBy) =>
    list.map((i) =>
      groupBy === 'status' ? { stream: stream(i), last: true } : { stream: stream(i), type: 'InspectionRecorded' },
    ),
  withSystemDeficiencies: (list) =>
    list
      .filter((i) => i.level === 'WORKPLACE' && i.systemDeficiencies)
      .map((i) => ({ stream: stream(i), type: 'FindingsRecorded', last: true })),
  withFkParticipation: (list) =>
    list
      .filter((i) => i.fkParticipantIds.length > 0)
      .map((i) => ({ stream: stream(i), type: 'FkParticipationRecorded' })),
  requirementsIssued: (list) =>
    list.flatMap((i) =>
      i.requirements.map((r) => ({
        stream: stream(i),
        type: 'RequirementIssued',
        select: (data: unknown) => (data as { requirementId?: string }).requirementId === r.requirementId,
      })),
    ),
};

export function inspectionsExplainer(inspectionsOf: (campaignId: string) => Promise<InspectionDoc[]>): FigureExplainer {
  return {
    figure: 'inspectionsDashboard',
    measures: Object.keys(MEASURES),
    async evidence(cell: FigureCell): Promise<Evidence[]> {
      if (!cell.campaignId)
        throw new InputValidationError([{ field: 'cell.campaignId', messages: ['the dashboard is per campaign'] }]);
      let inspections = await inspectionsOf(cell.campaignId);
      if (cell.key !== undefined) {
        const keyOf = BREAKDOWNS[cell.groupBy ?? ''];
        if (!keyOf)
          throw new InputValidationError([
            { field: 'cell.groupBy', messages: [`groupBy must be one of ${Object.keys(BREAKDOWNS).join(', ')}`] },
          ]);
        inspections = inspections.filter((i) => keyOf(i) === cell.key);
      }
      return MEASURES[cell.measure](inspections, cell.groupBy);
    },
  };
}
