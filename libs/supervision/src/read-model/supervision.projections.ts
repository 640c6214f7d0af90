import { documentProjection, entityProjection, Projection } from '@samverkan/core';
import type { CampaignEvent, EligibilityEvent, InspectionEvent } from '../domain';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from './supervision.documents';

export const CAMPAIGN_TABLE = 'supervision_campaign';
export const INSPECTION_TABLE = 'supervision_inspection';
export const ELIGIBILITY_TABLE = 'supervision_eligibility';

export const campaignProjection: Projection = entityProjection<CampaignEvent, CampaignDoc>({
  name: 'supervision.campaign',
  table: CAMPAIGN_TABLE,
  category: 'campaign',
  key: 'campaignId',
  start: {
    CampaignPlanned: ({ data }) => ({
      ...data,
      status: 'PLANNED',
      launch: null,
      conclusion: null,
      evaluation: null,
      sectorChanges: [],
    }),
  },
  change: {
    CampaignSectorsChanged: (doc, { data: { sectors, reason } }) => ({
      ...doc,
      sectorsByYear: [...doc.sectorsByYear.filter((y) => y.year !== sectors.year), sectors].sort(
        (a, b) => a.year - b.year,
      ),
      sectorChanges: [...doc.sectorChanges, { ...sectors, reason }],
    }),
    CampaignLaunched: (doc, { data }) => ({
      ...doc,
      status: 'LAUNCHED',
      launch: { on: data.launchedOn, communication: data.communication },
    }),
    CampaignConcluded: (doc, { data: { concludedOn, communication, closedInspections, carriedOverInspections } }) => ({
      ...doc,
      status: 'CONCLUDED',
      conclusion: { on: concludedOn, communication, closedInspections, carriedOverInspections },
    }),
    CampaignEvaluated: (doc, { data }) => ({
      ...doc,
      status: 'EVALUATED',
      evaluation: { on: data.evaluatedOn, summary: data.summary },
    }),
  },
});

export const inspectionProjection: Projection = entityProjection<InspectionEvent, InspectionDoc>({
  name: 'supervision.inspection',
  table: INSPECTION_TABLE,
  category: 'inspection',
  key: 'inspectionId',
  indexes: { campaign: ['campaignId'] },
  start: {
    InspectionRecorded: ({ data }, { position }) => ({
      ...data,
      workplace: data.workplace ?? null,
      basedOnInspectionId: data.basedOnInspectionId ?? null,
      fkParticipantIds: [],
      fkInformedAbout: [],
      findings: [],
      systemDeficiencies: false,
      requirements: [],
      followUps: [],
      status: 'OPEN',
      closedOn: null,
      carryOverReason: null,
      position: position.toString(),
    }),
  },
  change: {
    FkParticipationRecorded: (doc, { data }) => ({
      ...doc,
      fkParticipantIds: [...new Set([...doc.fkParticipantIds, ...data.participantIds])],
      fkInformedAbout: [...doc.fkInformedAbout, data.informedAbout],
    }),
    FindingsRecorded: (doc, { data }) => ({
      ...doc,
      findings: [...doc.findings, ...data.findings],
      systemDeficiencies: doc.systemDeficiencies || data.systemDeficiencies,
    }),
    RequirementIssued: (doc, { data: { requirementId, description, dueDate, issuedOn } }) => ({
      ...doc,
      requirements: [...doc.requirements, { requirementId, description, dueDate, issuedOn }],
    }),
    FollowUpRecorded: (doc, { data: { followedUpOn, note, requirementsMet } }) => ({
      ...doc,
      followUps: [...doc.followUps, { followedUpOn, note, requirementsMet }],
    }),
    InspectionClosed: (doc, { data }) => ({ ...doc, status: 'CLOSED', closedOn: data.closedOn }),
    InspectionCarriedOver: (doc, { data }) => ({ ...doc, status: 'CARRIED_OVER', carryOverReason: data.reason }),
  },
});

export const eligibilityProjection: Projection = documentProjection<EligibilityDoc>({
  name: 'supervision.eligibility',
  version: 1,
  table: ELIGIBILITY_TABLE,
  categories: ['principalEligibility'],
  // A campaign's dashboard lists its eligible principals: one campaign's, not every campaign's.
  indexes: { campaign: ['campaignId'] },
  keyOf: (event) => {
    const d = event.data as { campaignId?: string; organisationNumber?: string };
    return d.campaignId && d.organisationNumber ? `${d.campaignId}_${d.organisationNumber}` : null;
  },
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as EligibilityEvent;
    return e.type === 'PrincipalMarkedEligible' ? { ...e.data } : doc;
  },
});

export const supervisionProjections = [campaignProjection, inspectionProjection, eligibilityProjection];
