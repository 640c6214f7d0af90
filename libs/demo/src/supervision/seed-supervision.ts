import { Role } from '@samverkan/auth';
import { eventIdFor } from '@samverkan/core';
import {
  campaignEndpoint,
  campaignIdFor,
  CampaignRequest,
  inspectionEndpoint,
  inspectionIdFor,
  InspectionRequest,
} from '@samverkan/supervision';
import { DemoRequest, demoRequest, demoSeed } from '../demo-requests';
import { DEMO_CAMPAIGNS } from './demo-campaigns';
import { DEMO_INSPECTIONS, DemoInspection } from './demo-inspections';

/** Who sends a request: AV's inspector, FK's collaboration officer, or the steering group (decisions). */
type By = 'inspector' | 'officer' | 'steering';

const ROLES: Record<By, Role> = {
  inspector: Role.AV_INSPECTOR,
  officer: Role.COLLABORATION_OFFICER,
  steering: Role.STEERING_GROUP,
};

const commandIdFor = (key: string) => eventIdFor(`demo:supervision:${key}`, 0);

/** The id the seed gives a demo campaign: the endpoint's, from the command id of its PlanCampaign request. */
export const demoCampaignId = (campaignKey: string) => campaignIdFor(commandIdFor(`campaign:${campaignKey}:plan`));
/** The id the seed gives a demo inspection: the endpoint's, from the command id of its RecordInspection request. */
export const demoInspectionId = (inspectionKey: string) =>
  inspectionIdFor(commandIdFor(`inspection:${inspectionKey}:record`));

/**
 * Every request of the demo in order: both campaigns planned and launched (and the decision on
 * hälsosamt's 2026 sectors), then the inspections by date, each with FK's participation, findings,
 * requirements, follow-ups and how it ended, and last the conclusion and evaluation of a campaign
 * that has them (after every inspection of it is closed or carried over).
 */
function steps(): DemoRequest[] {
  const list: DemoRequest[] = [];
  const campaign = (key: string, request: CampaignRequest, by: By = 'inspector') =>
    list.push(demoRequest(commandIdFor(key), ROLES[by], campaignEndpoint, request));
  const inspection = (key: string, request: InspectionRequest, by: By = 'inspector') =>
    list.push(demoRequest(commandIdFor(key), ROLES[by], inspectionEndpoint, request));

  for (const c of DEMO_CAMPAIGNS) {
    const campaignId = demoCampaignId(c.key);
    const sectorsByYear = c.sectorsByYear.map((y) => ({ ...y, sectors: [...y.sectors] }));
    campaign(`campaign:${c.key}:plan`, {
      type: 'PlanCampaign',
      data: { name: c.name, focus: c.focus, period: { ...c.period }, sectorsByYear },
    });
    const { launchedOn, communication } = c.launch;
    campaign(`campaign:${c.key}:launch`, {
      type: 'LaunchCampaign',
      data: { campaignId, launchedOn, communication: { ...communication } },
    });
    c.sectorChanges.forEach(({ sectors, reason }, index) => {
      const data = { campaignId, sectors: { ...sectors, sectors: [...sectors.sectors] } };
      campaign(`campaign:${c.key}:sectors:${index}`, { type: 'ChangeCampaignSectors', data, reason }, 'steering');
    });
  }

  for (const i of DEMO_INSPECTIONS) {
    const key = `inspection:${i.key}`;
    const inspectionId = demoInspectionId(i.key);
    inspection(`${key}:record`, { type: 'RecordInspection', data: report(i) });
    const fk = i.fkParticipation;
    if (fk) {
      const data = { inspectionId, otherParticipants: [...fk.otherParticipants], informedAbout: fk.informedAbout };
      inspection(`${key}:fk`, { type: 'RecordFkParticipation', data }, 'officer');
    }
    inspection(`${key}:findings`, {
      type: 'RecordFindings',
      data: { inspectionId, findings: i.findings.map((f) => ({ ...f })) },
    });
    i.requirements.forEach((requirement, index) => {
      inspection(`${key}:requirement:${index}`, { type: 'IssueRequirement', data: { inspectionId, ...requirement } });
    });
    i.followUps.forEach((followUp, index) => {
      inspection(`${key}:follow-up:${index}`, { type: 'RecordFollowUp', data: { inspectionId, ...followUp } });
    });
    const { outcome } = i;
    if (outcome.kind === 'CLOSED') {
      inspection(`${key}:close`, { type: 'CloseInspection', data: { inspectionId, closedOn: outcome.closedOn } });
    } else if (outcome.kind === 'CARRIED_OVER') {
      inspection(`${key}:carry-over`, { type: 'CarryOverInspection', data: { inspectionId }, reason: outcome.reason });
    }
  }

  for (const c of DEMO_CAMPAIGNS) {
    const campaignId = demoCampaignId(c.key);
    const { conclusion, evaluation } = c;
    if (conclusion) {
      const data = { campaignId, concludedOn: conclusion.concludedOn, communication: { ...conclusion.communication } };
      campaign(`campaign:${c.key}:conclude`, { type: 'ConcludeCampaign', data });
    }
    if (conclusion && evaluation) {
      const { evaluatedOn, summary } = evaluation;
      campaign(`campaign:${c.key}:evaluate`, { type: 'EvaluateCampaign', data: { campaignId, evaluatedOn, summary } });
    }
  }
  return list;
}

/** An inspection as the inspector reports it: the endpoint reads the campaign and the basis. */
function report(i: DemoInspection): Extract<InspectionRequest, { type: 'RecordInspection' }>['data'] {
  return {
    campaignId: demoCampaignId(i.campaign),
    level: i.level,
    principal: { ...i.principal },
    ...(i.workplace ? { workplace: i.workplace } : {}),
    sector: i.sector,
    region: i.region,
    inspectedOn: i.inspectedOn,
    otherInspectors: [...i.otherInspectors],
    ...(i.basedOn ? { basedOnInspectionId: demoInspectionId(i.basedOn) } : {}),
  };
}

export const supervisionSeed = demoSeed(steps);

/**
 * Loads the two joint supervision campaigns and their inspections through the supervision
 * endpoints, as the dev-token people: AV's inspector plans, launches, inspects and concludes;
 * FK's collaboration officer records FK's participation at principal level; the steering group
 * takes the decision on hälsosamt's 2026 sectors. Which principals became eligible for a
 * principal-level inspection is marked by the running app's process manager, not here. Every
 * command id derives from a demo key, so a second run replays each request and appends nothing,
 * and the colleagues it names keep the person ids the endpoint derives from those command ids.
 */
export const seedSupervision = supervisionSeed.send;
export const supervisionCommandCount = supervisionSeed.count;
export const demoSupervisionCommandIds = supervisionSeed.commandIds;
