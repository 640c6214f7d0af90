import { changed } from '@samverkan/core/testing/changed';
import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { campaignDecider } from '../campaign';
import { CampaignCommand } from '../campaign.commands';
import { CampaignEvent } from '../campaign.events';
import { eligibilityDecider } from '../eligibility';
import { EligibilityCommand, EligibilityEvent } from '../eligibility.commands';
import { inspectionDecider } from '../inspection';
import { BasisInspection, CampaignStanding, InspectionCommand } from '../inspection.commands';
import { InspectionEvent } from '../inspection.events';
import { Communication, Finding, InspectionSubject, Principal, YearSectors } from '../supervision.model';

/** The two joint campaigns of 2025–2026 from the plan, with fictional principals; organisation numbers pass the Luhn check. */

export const campaignSpec = deciderSpecification(campaignDecider);
export const inspectionSpec = deciderSpecification(inspectionDecider);
export const eligibilitySpec = deciderSpecification(eligibilityDecider);

/** Late morning on 20 November 2025 in Stockholm: both campaigns are running. */
export const { NOW, TODAY, TOMORROW, YESTERDAY, metadata, commandOf } = fixedClock(
  '2025-11-20T10:00:00Z',
  '2025-11-20',
);

export const WELFARE_ID = 'hallbart-arbetsliv-valfarden';
export const HEALTHY_ID = 'halsosamt-arbetsliv';
export const WORKPLACE_INSPECTION_ID = 'insp-2025-0001';
export const PRINCIPAL_INSPECTION_ID = 'insp-2025-0002';
export const REQUIREMENT_ID = 'krav-01';

export const PERSON = {
  inspector: 'person-av-01',
  inspector2: 'person-av-02',
  fk: 'person-fk-01',
  fk2: 'person-fk-02',
};

export const municipality: Principal = { organisationNumber: '212000-1355', name: 'Exempel kommun' };
export const careCompany: Principal = { organisationNumber: '556036-0793', name: 'Omsorgshuset i Syd AB' };

// ── campaign ────────────────────────────────────────────────────────────────────────────────

/** The sectors of one year of a campaign, settled unless said preliminary. */
export const yearSectors = (year: number, sectors: YearSectors['sectors'], preliminary = false): YearSectors => ({
  year,
  sectors,
  preliminary,
});

/** The event a plan gives: AV leads, FK takes part. */
export const plannedFrom = (plan: CampaignCommand<'PlanCampaign'>): CampaignEvent<'CampaignPlanned'> => ({
  type: 'CampaignPlanned',
  data: { ...plan.data, lead: 'AV', partner: 'FK' },
});

export const planWelfare: CampaignCommand<'PlanCampaign'> = commandOf('PlanCampaign', {
  campaignId: WELFARE_ID,
  name: 'Ett hållbart arbetsliv i välfärden',
  focus: 'Organisatorisk och social arbetsmiljö i hemtjänsten',
  period: { from: '2025-05-01', to: '2026-05-31' },
  sectorsByYear: [yearSectors(2025, ['HOME_CARE']), yearSectors(2026, ['HOME_CARE'])],
});
export const planWelfareWith = changed(planWelfare);
export const welfarePlanned = plannedFrom(planWelfare);

export const planHealthy: CampaignCommand<'PlanCampaign'> = commandOf('PlanCampaign', {
  campaignId: HEALTHY_ID,
  name: 'Ett hälsosamt arbetsliv',
  focus: 'Arbetsanpassning',
  period: { from: '2025-08-01', to: '2026-08-31' },
  sectorsByYear: [
    yearSectors(2025, ['PRESCHOOL', 'PRIMARY_CARE']),
    yearSectors(2026, ['INDUSTRY', 'CONSTRUCTION'], true),
  ],
});
export const healthyPlanned = plannedFrom(planHealthy);

export const launchCommunication: Communication = {
  audiences: ['partnerråd', 'fackliga nätverk', 'berörda arbetsgivare'],
  summary: 'Tillsynen av hemtjänsten startar; FK deltar vid inspektioner på huvudmannanivå.',
};
export const closingCommunication: Communication = {
  audiences: ['partnerråd'],
  summary: 'Tillsynen är avslutad; resultaten redovisas i partnerrådet.',
};
export const welfareLaunched: CampaignEvent<'CampaignLaunched'> = {
  type: 'CampaignLaunched',
  data: { campaignId: WELFARE_ID, launchedOn: '2025-05-12', communication: launchCommunication },
};
export const welfareConcluded: CampaignEvent<'CampaignConcluded'> = {
  type: 'CampaignConcluded',
  data: {
    campaignId: WELFARE_ID,
    concludedOn: '2025-11-18',
    communication: closingCommunication,
    closedInspections: 2,
    carriedOverInspections: 1,
  },
};
export const welfareEvaluated: CampaignEvent<'CampaignEvaluated'> = {
  type: 'CampaignEvaluated',
  data: { campaignId: WELFARE_ID, evaluatedOn: TODAY, summary: 'Systembrister hos hälften av huvudmännen.' },
};

export const aPlannedCampaign: CampaignEvent[] = [welfarePlanned];
export const aLaunchedCampaign: CampaignEvent[] = [welfarePlanned, welfareLaunched];
export const aConcludedCampaign: CampaignEvent[] = [...aLaunchedCampaign, welfareConcluded];
export const anEvaluatedCampaign: CampaignEvent[] = [...aConcludedCampaign, welfareEvaluated];

// ── inspection ──────────────────────────────────────────────────────────────────────────────

/** The welfare campaign as the application reads it when an inspection is recorded. */
export const welfareStanding: CampaignStanding = {
  campaignId: WELFARE_ID,
  status: 'LAUNCHED',
  period: planWelfare.data.period,
  sectorsByYear: planWelfare.data.sectorsByYear,
};
export const healthyStanding: CampaignStanding = {
  campaignId: HEALTHY_ID,
  status: 'LAUNCHED',
  period: planHealthy.data.period,
  sectorsByYear: planHealthy.data.sectorsByYear,
};

/** The workplace inspection's own facts, as the command names them and the event records them. */
const workplaceVisit: InspectionSubject & { inspectionId: string; inspectorIds: string[] } = {
  inspectionId: WORKPLACE_INSPECTION_ID,
  level: 'WORKPLACE',
  principal: municipality,
  workplace: 'Hemtjänsten Centrum',
  sector: 'HOME_CARE',
  region: 'Skåne',
  inspectedOn: '2025-09-10',
  inspectorIds: [PERSON.inspector],
};

export function recordWorkplaceInspection(
  data: Partial<InspectionCommand<'RecordInspection'>['data']> = {},
): InspectionCommand<'RecordInspection'> {
  return commandOf('RecordInspection', { ...workplaceVisit, campaign: welfareStanding, ...data });
}
export const workplaceInspected: InspectionEvent<'InspectionRecorded'> = {
  type: 'InspectionRecorded',
  data: { ...workplaceVisit, campaignId: WELFARE_ID },
};

/** The workplace inspection above, as the application reads it, after it found system deficiencies. */
export const workplaceBasis: BasisInspection = {
  inspectionId: WORKPLACE_INSPECTION_ID,
  exists: true,
  campaignId: WELFARE_ID,
  level: 'WORKPLACE',
  principalOrganisationNumber: municipality.organisationNumber,
  inspectedOn: '2025-09-10',
  systemDeficiencies: true,
};

export function recordPrincipalInspection(
  data: Partial<InspectionCommand<'RecordInspection'>['data']> = {},
): InspectionCommand<'RecordInspection'> {
  const { workplace: _, ...workplaceData } = recordWorkplaceInspection().data;
  const principalData = { ...workplaceData, inspectionId: PRINCIPAL_INSPECTION_ID, level: 'PRINCIPAL' as const };
  return commandOf('RecordInspection', { ...principalData, inspectedOn: '2025-10-15', basis: workplaceBasis, ...data });
}
export const principalInspected: InspectionEvent<'InspectionRecorded'> = {
  type: 'InspectionRecorded',
  data: {
    inspectionId: PRINCIPAL_INSPECTION_ID,
    campaignId: WELFARE_ID,
    level: 'PRINCIPAL',
    principal: municipality,
    sector: 'HOME_CARE',
    region: 'Skåne',
    inspectedOn: '2025-10-15',
    inspectorIds: [PERSON.inspector],
    basedOnInspectionId: WORKPLACE_INSPECTION_ID,
  },
};

export const findings: Finding[] = [
  { area: 'Systematiskt arbetsmiljöarbete', description: 'Arbetsbelastningen riskbedöms inte', systemDeficiency: true },
  { area: 'Arbetsanpassning', description: 'Enheten saknar rutin för arbetsanpassning', systemDeficiency: false },
  { area: 'Introduktion', description: 'Nyanställda introduceras utan checklista', systemDeficiency: false },
];

export function findingsRecorded(
  recorded: Finding[] = findings,
  inspectionId = WORKPLACE_INSPECTION_ID,
): InspectionEvent<'FindingsRecorded'> {
  const level = inspectionId === WORKPLACE_INSPECTION_ID ? 'WORKPLACE' : 'PRINCIPAL';
  const systemDeficiencies = recorded.some((finding) => finding.systemDeficiency);
  const principalOrganisationNumber = municipality.organisationNumber;
  return {
    type: 'FindingsRecorded',
    data: {
      inspectionId,
      campaignId: WELFARE_ID,
      level,
      principalOrganisationNumber,
      findings: recorded,
      systemDeficiencies,
    },
  };
}
export function fkParticipated(
  participantIds = [PERSON.fk],
  inspectionId = PRINCIPAL_INSPECTION_ID,
): InspectionEvent<'FkParticipationRecorded'> {
  const informedAbout = 'Stöd för att förebygga sjukfrånvaro och arbetsplatsinriktat rehabiliteringsstöd';
  return {
    type: 'FkParticipationRecorded',
    data: { inspectionId, campaignId: WELFARE_ID, participantIds, informedAbout },
  };
}
export function requirementIssued(
  requirementId = REQUIREMENT_ID,
  issuedOn = '2025-09-20',
  dueDate = '2025-12-01',
): InspectionEvent<'RequirementIssued'> {
  const description = 'Riskbedöm arbetsbelastningen i hemtjänstgrupperna';
  return {
    type: 'RequirementIssued',
    data: {
      inspectionId: WORKPLACE_INSPECTION_ID,
      campaignId: WELFARE_ID,
      requirementId,
      description,
      dueDate,
      issuedOn,
    },
  };
}
export function followedUp(requirementsMet = true, followedUpOn = '2025-11-10'): InspectionEvent<'FollowUpRecorded'> {
  const note = 'Riskbedömning inkommen och granskad';
  return {
    type: 'FollowUpRecorded',
    data: { inspectionId: WORKPLACE_INSPECTION_ID, campaignId: WELFARE_ID, followedUpOn, note, requirementsMet },
  };
}
export function closed(
  inspectionId = WORKPLACE_INSPECTION_ID,
  closedOn = '2025-11-18',
): InspectionEvent<'InspectionClosed'> {
  return { type: 'InspectionClosed', data: { inspectionId, campaignId: WELFARE_ID, closedOn } };
}
export function carriedOver(inspectionId = WORKPLACE_INSPECTION_ID): InspectionEvent<'InspectionCarriedOver'> {
  return {
    type: 'InspectionCarriedOver',
    data: { inspectionId, campaignId: WELFARE_ID, reason: 'Kraven följs upp efter kampanjen' },
  };
}

/** One of each command that follows the recording, valid on an open inspection inspected before today. */
export function everyLaterCommand(inspectionId = WORKPLACE_INSPECTION_ID): InspectionCommand[] {
  const finding = { area: 'Arbetsanpassning', description: 'Rutin saknas', systemDeficiency: false };
  return [
    {
      type: 'RecordFkParticipation',
      data: { inspectionId, participantIds: [PERSON.fk2], informedAbout: 'Stöd' },
      metadata,
    },
    { type: 'RecordFindings', data: { inspectionId, findings: [finding] }, metadata },
    {
      type: 'IssueRequirement',
      data: { inspectionId, requirementId: 'krav-99', description: 'Krav', dueDate: '2025-12-01', issuedOn: TODAY },
      metadata,
    },
    {
      type: 'RecordFollowUp',
      data: { inspectionId, followedUpOn: TODAY, note: 'Uppföljd', requirementsMet: true },
      metadata,
    },
    { type: 'CloseInspection', data: { inspectionId, closedOn: TODAY }, metadata },
    { type: 'CarryOverInspection', data: { inspectionId }, metadata, reason: 'Fortsätter efter kampanjen' },
  ];
}

// ── eligibility ─────────────────────────────────────────────────────────────────────────────

export const markEligible: EligibilityCommand<'MarkPrincipalEligible'> = commandOf('MarkPrincipalEligible', {
  campaignId: WELFARE_ID,
  organisationNumber: municipality.organisationNumber,
  principalName: municipality.name,
  basedOnInspectionId: WORKPLACE_INSPECTION_ID,
  markedOn: '2025-09-10',
});
export const markedEligible: EligibilityEvent<'PrincipalMarkedEligible'> = {
  type: 'PrincipalMarkedEligible',
  data: markEligible.data,
};
