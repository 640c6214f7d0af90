import { labelled, listOf } from '@samverkan/core/domain';
export { counted, oneLine } from '@samverkan/core/domain';
import { InspectionLevel, SupervisionSector } from './supervision.model';

/** Swedish labels for supervision's codes, for summaries, read models and clients. */

export const supervisionSectorLabel: Record<SupervisionSector, string> = {
  HOME_CARE: 'hemtjänst',
  PRESCHOOL: 'förskola',
  PRIMARY_CARE: 'primärvård',
  INDUSTRY: 'industri',
  CONSTRUCTION: 'bygg',
  ELDERLY_CARE: 'äldreomsorg',
  SCHOOL: 'skola',
  OTHER: 'annat',
};

export const inspectionLevelLabel: Record<InspectionLevel, string> = {
  WORKPLACE: 'arbetsplatsnivå',
  PRINCIPAL: 'huvudmannanivå',
};

/** Sectors as a Swedish list: "förskola och primärvård", "industri, bygg och skola". */
export function sectorList(sectors: readonly SupervisionSector[]): string {
  return listOf(labelled(sectors, supervisionSectorLabel));
}
