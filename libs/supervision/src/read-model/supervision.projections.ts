import { documentProjection, Projection } from '@samverkan/core';
import type { CampaignEvent, EligibilityEvent, InspectionEvent } from '../domain';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from './supervision.documents';

export const CAMPAIGN_TABLE = 'supervision_campaign';
export const INSPECTION_TABLE = 'supervision_inspection';
export const ELIGIBILITY_TABLE = 'supervision_eligibility';

export const campaignProjection: Projection = documentProjection<CampaignDoc>({
  name: 'supervision.campaign',
  version: 1,
  table: CAMPAIGN_TABLE,
  categories: ['campaign'],
  keyOf: (event) => (event.data as { campaignId?: string }).campaignId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as CampaignEvent;
    if (e.type === 'CampaignPlanned') {
      return { ...e.data, status: 'PLANNED', launch: null, conclusion: null, evaluation: null, sectorChanges: [] };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'CampaignSectorsChanged': {
        const { sectors } = e.data;
        return {
          ...doc,
          sectorsByYear: [...doc.sectorsByYear.filter((y) => y.year !== sectors.year), sectors].sort(
            (a, b) => a.year - b.year,
          ),
          sectorChanges: [...doc.sectorChanges, { ...sectors, reason: e.data.reason }],
        };
      }
      case 'CampaignLaunched':
        return { ...doc, status: 'LAUNCHED', launch: { on: e.data.launchedOn, communication: e.data.communication } };
      case 'CampaignConcluded': {
        const { concludedOn, communication, closedInspections, carriedOverInspections } = e.data;
        return {
          ...doc,
          status: 'CONCLUDED',
          conclusion: { on: concludedOn, communication, closedInspections, carriedOverInspections },
        };
      }
      case 'CampaignEvaluated':
        return { ...doc, status: 'EVALUATED', evaluation: { on: e.data.evaluatedOn, summary: e.data.summary } };
      default:
        return doc;
    }
  },
});

const inspectionDocuments = documentProjection<InspectionDoc>({
  name: 'supervision.inspection',
  version: 1,
  table: INSPECTION_TABLE,
  categories: ['inspection'],
  keyOf: (event) => (event.data as { inspectionId?: string }).inspectionId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as InspectionEvent;
    if (e.type === 'InspectionRecorded') {
      const d = e.data;
      return {
        inspectionId: d.inspectionId,
        campaignId: d.campaignId,
        level: d.level,
        principal: d.principal,
        workplace: d.workplace ?? null,
        sector: d.sector,
        region: d.region,
        inspectedOn: d.inspectedOn,
        inspectorIds: d.inspectorIds,
        basedOnInspectionId: d.basedOnInspectionId ?? null,
        fkParticipantIds: [],
        fkInformedAbout: [],
        findings: [],
        systemDeficiencies: false,
        requirements: [],
        followUps: [],
        status: 'OPEN',
        closedOn: null,
        carryOverReason: null,
        position: event.position.toString(),
      };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'FkParticipationRecorded':
        return {
          ...doc,
          fkParticipantIds: [...new Set([...doc.fkParticipantIds, ...e.data.participantIds])],
          fkInformedAbout: [...doc.fkInformedAbout, e.data.informedAbout],
        };
      case 'FindingsRecorded':
        return {
          ...doc,
          findings: [...doc.findings, ...e.data.findings],
          systemDeficiencies: doc.systemDeficiencies || e.data.systemDeficiencies,
        };
      case 'RequirementIssued': {
        const { requirementId, description, dueDate, issuedOn } = e.data;
        return { ...doc, requirements: [...doc.requirements, { requirementId, description, dueDate, issuedOn }] };
      }
      case 'FollowUpRecorded': {
        const { followedUpOn, note, requirementsMet } = e.data;
        return { ...doc, followUps: [...doc.followUps, { followedUpOn, note, requirementsMet }] };
      }
      case 'InspectionClosed':
        return { ...doc, status: 'CLOSED', closedOn: e.data.closedOn };
      case 'InspectionCarriedOver':
        return { ...doc, status: 'CARRIED_OVER', carryOverReason: e.data.reason };
      default:
        return doc;
    }
  },
});

export const inspectionProjection: Projection = {
  ...inspectionDocuments,
  setup(db) {
    inspectionDocuments.setup(db);
    db.exec(
      `CREATE INDEX IF NOT EXISTS ${INSPECTION_TABLE}_campaign ON ${INSPECTION_TABLE} (json_extract(doc, '$.campaignId'));`,
    );
  },
};

export const eligibilityProjection: Projection = documentProjection<EligibilityDoc>({
  name: 'supervision.eligibility',
  version: 1,
  table: ELIGIBILITY_TABLE,
  categories: ['principalEligibility'],
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
