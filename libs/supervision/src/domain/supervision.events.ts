import { action, decision, EventDefinitions } from '@samverkan/core/domain';
import { CampaignEvent } from './campaign.events';
import { EligibilityEvent } from './eligibility.commands';
import { InspectionEvent } from './inspection.events';
import { YearSectors } from './supervision.model';
import { counted, inspectionLevelLabel, oneLine, sectorList, supervisionSectorLabel } from './supervision.summaries';

const yearPlan = (entry: YearSectors) => `${sectorList(entry.sectors)}${entry.preliminary ? ' (preliminärt)' : ''}`;

/**
 * Summaries name campaigns, principals (legal persons), dates and codes, never people, and never
 * free text that may name them (communications, findings, requirements, notes); reasons are kept,
 * as in every module.
 */
export const campaignEventDefinitions: EventDefinitions<CampaignEvent> = {
  CampaignPlanned: action((d) => `Tillsynskampanj planerad: ${oneLine(d.name)} (${d.period.from} – ${d.period.to})`),
  CampaignSectorsChanged: decision(
    (d) =>
      `Kampanjens inriktning ${d.sectors.year}: ${yearPlan(d.sectors)}, ` +
      `tidigare ${d.previous ? yearPlan(d.previous) : 'ingen'}. Skäl: ${oneLine(d.reason)}`,
  ),
  CampaignLaunched: action((d) => {
    const audiences = counted(d.communication.audiences.length, 'målgrupp', 'målgrupper');
    return `Tillsynskampanjen startade ${d.launchedOn}, kommunikation till ${audiences}`;
  }),
  CampaignConcluded: action(
    (d) =>
      `Tillsynskampanjen avslutad ${d.concludedOn}: ${counted(d.closedInspections, 'inspektion avslutad', 'inspektioner avslutade')}, ` +
      `${counted(d.carriedOverInspections, 'överförd', 'överförda')}`,
  ),
  CampaignEvaluated: action((d) => `Tillsynskampanjen utvärderad ${d.evaluatedOn}`),
};

export const inspectionEventDefinitions: EventDefinitions<InspectionEvent> = {
  InspectionRecorded: action(
    (d) =>
      `Inspektion på ${inspectionLevelLabel[d.level] ?? d.level} hos ${oneLine(d.principal.name)} ` +
      `(${supervisionSectorLabel[d.sector] ?? d.sector}, ${oneLine(d.region)})`,
  ),
  FkParticipationRecorded: action(
    (d) => `Försäkringskassan deltog i inspektionen: ${counted(d.participantIds.length, 'medarbetare', 'medarbetare')}`,
  ),
  FindingsRecorded: action((d) => {
    const deficiencies = d.findings.filter((finding) => finding.systemDeficiency).length;
    const of = deficiencies ? `varav ${counted(deficiencies, 'systembrist', 'systembrister')}` : 'inga systembrister';
    return `Iakttagelser: ${d.findings.length}, ${of}`;
  }),
  RequirementIssued: action((d) => `Krav ställt, senast ${d.dueDate}`),
  FollowUpRecorded: action(
    (d) => `Uppföljning ${d.followedUpOn}: kraven ${d.requirementsMet ? 'uppfyllda' : 'inte uppfyllda'}`,
  ),
  InspectionClosed: action((d) => `Inspektionen avslutad ${d.closedOn}`),
  InspectionCarriedOver: decision((d) => `Inspektionen fortsätter efter kampanjen: ${oneLine(d.reason)}`),
};

export const eligibilityEventDefinitions: EventDefinitions<EligibilityEvent> = {
  PrincipalMarkedEligible: action(
    () => 'Huvudmannen kan inspekteras på huvudmannanivå (systembrister vid arbetsplatsinspektion)',
  ),
};
