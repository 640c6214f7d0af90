import type { CommandContext } from '@samverkan/core';
import { entityIdFor, eventIdFor } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import type { DemoInspection } from '@samverkan/demo';
import { DEMO_CAMPAIGNS, inspectionsOf } from '@samverkan/demo';
import type { CampaignCommand, Period, SupervisionSector, YearSectors } from '@samverkan/supervision';
import {
  campaignDecider,
  campaignIdFor,
  campaignStream,
  eligibilityDecider,
  eligibilityStream,
  inspectionDecider,
  inspectionIdFor,
  inspectionStream,
} from '@samverkan/supervision';
import { esfOrdinal } from './esf-flows';
import { benchActor, contextFor, DAY, day, flowNow, FlowStep, stepOn } from './flow-steps';

/**
 * Joint supervision in the benchmark histories: AV's campaigns with FK and their inspections,
 * over the whole span 2001-2025, each command decided by the real deciders. One flow in
 * SUPERVISION_EVERY is supervision work (the ESF flows keep their places: a supervision flow that
 * would fall on one moves to the next flow). Every CAMPAIGN_FLOWS supervision flows a new campaign
 * is planned and launched; the flows after it each record one inspection in it, so a campaign
 * holds a bounded number of inspections at every size and campaigns tile time (years each at 10k,
 * weeks at 1M). Half-way through a campaign the one before it is concluded, every inspection of it
 * being closed or carried over by then.
 */

/** Prime to the tip flows' cycle of ten, so supervision takes the place of every kind of flow alike (one that falls on an ESF flow moves to the next). */
export const SUPERVISION_EVERY = 19;
const SUPERVISION_OFFSET = 11;
/** A campaign's flows: its planning and launch, then one inspection a flow. */
export const CAMPAIGN_FLOWS = 30;
/** The flow of a campaign at which the one before it is concluded. */
const CONCLUDE_AT = 15;
/** One inspection in PRINCIPAL_EVERY is at principal level, where an earlier one found system deficiencies. */
const PRINCIPAL_EVERY = 5;
/** One follow-up in UNMET_EVERY finds the requirement not met: the inspection is carried over. */
const UNMET_EVERY = 9;

/** The flow index of the `k`th supervision flow. */
export function supervisionFlowIndex(k: number, total: number): number {
  const i = SUPERVISION_OFFSET + k * SUPERVISION_EVERY;
  return esfOrdinal(i, total) === null ? i : i + 1;
}

/** The supervision flow's ordinal among the supervision flows when flow `i` of `total` is one, else null. */
export function supervisionOrdinal(i: number, total: number): number | null {
  if (esfOrdinal(i, total) !== null) return null;
  const k = Math.floor((i - SUPERVISION_OFFSET) / SUPERVISION_EVERY);
  return k >= 0 && supervisionFlowIndex(k, total) === i ? k : null;
}

/** How many of a history's `flows` (of `total`) are supervision flows. */
export function supervisionFlowCount(flows: number, total: number): number {
  let k = Math.max(0, Math.floor((flows - SUPERVISION_OFFSET) / SUPERVISION_EVERY) + 1);
  while (k > 0 && supervisionFlowIndex(k - 1, total) >= flows) k--;
  return k;
}

const campaignKey = (c: number) => `bench:supervision:campaign:${c}`;
const inspectionKey = (k: number) => `bench:supervision:${k}`;

/** Campaign `c`'s id: the endpoint's, from the command id of its PlanCampaign. */
export const campaignIdOf = (c: number): string =>
  campaignIdFor(contextFor(campaignKey(c))(benchActor('AV_INSPECTOR', 0), 'plan').commandId);

/** The inspection of supervision flow `k`: the endpoint's id, from the command id of its RecordInspection. */
export const inspectionIdOf = (k: number): string =>
  inspectionIdFor(contextFor(inspectionKey(k))(benchActor('AV_INSPECTOR', 0), 'record').commandId);

const flowDay = (k: number, total: number) => day(flowNow(supervisionFlowIndex(k, total), total).getTime());
const addDays = (date: string, days: number) => day(Date.parse(`${date}T12:00:00Z`) + days * DAY);

/**
 * From the day of its planning to the day of its last inspection, or to the day before the next
 * campaign starts if that is later: the campaigns tile time, and each covers its own inspections.
 */
export function campaignPeriod(c: number, total: number): Period {
  const from = flowDay(c * CAMPAIGN_FLOWS, total);
  const last = flowDay(c * CAMPAIGN_FLOWS + CAMPAIGN_FLOWS - 1, total);
  const beforeNext = addDays(flowDay((c + 1) * CAMPAIGN_FLOWS, total), -1);
  return { from, to: beforeNext > last ? beforeNext : last };
}

/**
 * The home-care campaign of a history of `total` flows running on `date`, or the first after it, and
 * its id. Campaigns alternate between the demo's two styles, and a work-adaptation campaign of an odd
 * year inspects sectors few of the demo's inspections are in: a home-care one has the same kind of
 * content at every size (regions, both levels), so its dashboard compares like with like.
 */
export function campaignCovering(
  date: string,
  total: number,
): { campaign: number; campaignId: string; period: Period } {
  for (let c = 0; supervisionFlowIndex(c * CAMPAIGN_FLOWS, total) < total; c++) {
    const period = campaignPeriod(c, total);
    if (styleOf(c).key === 'valfarden' && date <= period.to)
      return { campaign: c, campaignId: campaignIdOf(c), period };
  }
  throw new Error(`No home-care campaign of a history of ${total} flows runs on or after ${date}`);
}

/** Campaigns alternate between the demo's two: home care, then work adaptation in varying sectors. */
const styleOf = (c: number) => DEMO_CAMPAIGNS[c % DEMO_CAMPAIGNS.length];

function sectorsIn(c: number, year: number): SupervisionSector[] {
  if (styleOf(c).key === 'valfarden') return ['HOME_CARE'];
  return year % 2 === 0 ? ['PRESCHOOL', 'PRIMARY_CARE'] : ['INDUSTRY', 'CONSTRUCTION'];
}

function sectorsByYear(c: number, period: Period): YearSectors[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, n) => ({
    year: first + n,
    sectors: sectorsIn(c, first + n),
    preliminary: false,
  }));
}

const templates = (c: number, level: DemoInspection['level']) =>
  inspectionsOf(styleOf(c).key).filter((i) => i.level === level);

/** What the inspection of supervision flow `k` is: computed from `k` alone, so any flow can tell another's. */
interface PlannedInspection {
  k: number;
  inspectionId: string;
  campaign: number;
  level: DemoInspection['level'];
  /** The demo inspection it is modelled on: principal, workplace, region, findings, requirement. */
  template: DemoInspection;
  sector: SupervisionSector;
  inspectedOn: string;
  systemDeficiencies: boolean;
  basis?: PlannedInspection;
  fk: boolean;
  requirement: boolean;
  /** Whether the follow-up found the requirement met (so the inspection closes; else it is carried over). */
  met: boolean;
}

function workplaceInspection(k: number, total: number): PlannedInspection {
  const c = Math.floor(k / CAMPAIGN_FLOWS);
  const p = k % CAMPAIGN_FLOWS;
  const { from } = campaignPeriod(c, total);
  // A few days before it is recorded, never before the campaign's period.
  const shortlyBefore = day(flowNow(supervisionFlowIndex(k, total), total).getTime() - (p % 4) * DAY);
  const inspectedOn = shortlyBefore < from ? from : shortlyBefore;
  const sectors = sectorsIn(c, Number(inspectedOn.slice(0, 4)));
  const candidates = templates(c, 'WORKPLACE').filter((t) => sectors.includes(t.sector));
  const template = candidates[(c * 7 + p * 5) % candidates.length];
  return {
    k,
    inspectionId: inspectionIdOf(k),
    campaign: c,
    level: 'WORKPLACE',
    template,
    sector: template.sector,
    inspectedOn,
    systemDeficiencies: template.findings.some((f) => f.systemDeficiency),
    fk: k % 4 === 2,
    requirement: template.requirements.length > 0,
    met: k % UNMET_EVERY !== 4,
  };
}

/**
 * The inspection of supervision flow `k`, `p` ≥ 1 in its campaign. Every PRINCIPAL_EVERY-th is at
 * principal level when one of the workplace inspections since the last such one found system
 * deficiencies at a principal, on an earlier day, in a sector the campaign still aims at: the
 * agreement's rule, which the decider checks on the basis the application would read.
 */
export function plannedInspection(k: number, total: number): PlannedInspection {
  const p = k % CAMPAIGN_FLOWS;
  const workplace = workplaceInspection(k, total);
  if (p % PRINCIPAL_EVERY !== 0) return workplace;
  const c = workplace.campaign;
  const inspectedOn = flowDay(k, total);
  const sectors = sectorsIn(c, Number(inspectedOn.slice(0, 4)));
  for (let back = 1; back < PRINCIPAL_EVERY && p - back >= 1; back++) {
    const basis = workplaceInspection(k - back, total);
    if (!basis.systemDeficiencies || basis.inspectedOn >= inspectedOn || !sectors.includes(basis.sector)) continue;
    const principals = templates(c, 'PRINCIPAL');
    const template = principals[(c + p) % principals.length];
    return {
      k,
      inspectionId: inspectionIdOf(k),
      campaign: c,
      level: 'PRINCIPAL',
      template: { ...template, principal: basis.template.principal, region: basis.template.region },
      sector: basis.sector,
      inspectedOn,
      systemDeficiencies: template.findings.some((f) => f.systemDeficiency),
      basis,
      fk: true,
      requirement: template.requirements.length > 0,
      met: k % UNMET_EVERY !== 4,
    };
  }
  return workplace;
}

/** Where an inspection stands, as the conclusion reads it. */
type InspectionStanding = CampaignCommand<'ConcludeCampaign'>['data']['inspections'][number];

const standingOf = (i: PlannedInspection): InspectionStanding => ({
  inspectionId: i.inspectionId,
  status: i.requirement && !i.met ? 'CARRIED_OVER' : 'CLOSED',
});

/** The commands of supervision flow `k`, the flow `i` of `total`. */
export function supervisionFlow(i: number, total: number, k: number): FlowStep[] {
  const c = Math.floor(k / CAMPAIGN_FLOWS);
  const p = k % CAMPAIGN_FLOWS;
  const steps = p === 0 ? launchCampaign(c, i, total) : inspection(plannedInspection(k, total), i, total);
  if (p === CONCLUDE_AT && c > 0) steps.push(concludeCampaign(c - 1, i, total));
  return steps;
}

function launchCampaign(c: number, i: number, total: number): FlowStep[] {
  const now = flowNow(i, total);
  const metadata = { now };
  const ctx = contextFor(campaignKey(c));
  const inspector = benchActor('AV_INSPECTOR', c % 10);
  const style = styleOf(c);
  const campaignId = campaignIdOf(c);
  const period = campaignPeriod(c, total);
  const on = stepOn(campaignStream(campaignId), campaignDecider, true);
  return [
    on(
      {
        type: 'PlanCampaign',
        data: {
          campaignId,
          name: `${style.name} (${c + 1})`,
          focus: style.focus,
          period,
          sectorsByYear: sectorsByYear(c, period),
        },
        metadata,
      },
      ctx(inspector, 'plan'),
    ),
    // The communication goes out to the social partners a couple of days before the period starts.
    on(
      {
        type: 'LaunchCampaign',
        data: {
          campaignId,
          launchedOn: day(now.getTime() - 2 * DAY),
          communication: { ...style.launch.communication, audiences: [...style.launch.communication.audiences] },
        },
        metadata,
      },
      ctx(inspector, 'launch'),
    ),
  ];
}

/** Concluded with where each of its inspections stands, as the endpoint reads it: all closed or carried over. */
function concludeCampaign(c: number, i: number, total: number): FlowStep {
  const now = flowNow(i, total);
  const campaignId = campaignIdOf(c);
  const { communication } = (styleOf(c).conclusion ?? DEMO_CAMPAIGNS[0].conclusion)!;
  const inspections = Array.from({ length: CAMPAIGN_FLOWS - 1 }, (_, n) =>
    standingOf(plannedInspection(c * CAMPAIGN_FLOWS + n + 1, total)),
  );
  return stepOn(
    campaignStream(campaignId),
    campaignDecider,
    true,
  )(
    {
      type: 'ConcludeCampaign',
      data: {
        campaignId,
        concludedOn: day(now.getTime()),
        communication: { ...communication, audiences: [...communication.audiences] },
        inspections,
      },
      metadata: { now },
    },
    contextFor(campaignKey(c))(benchActor('AV_INSPECTOR', c % 10), 'conclude'),
  );
}

/** As PrincipalEligibilityProcess sends it: the running app's process manager, which the generator does not run. */
const ELIGIBILITY_PROCESS = 'supervision.principal-eligibility';
const ELIGIBILITY_ACTOR = { id: 'process:principal-eligibility', organisation: 'AV', role: 'SYSTEM' };

/** Whether an earlier workplace inspection of the campaign already made this one's principal eligible. */
function markedBefore(planned: PlannedInspection, total: number): boolean {
  const first = planned.campaign * CAMPAIGN_FLOWS + 1;
  const number = planned.template.principal.organisationNumber;
  for (let k = first; k < planned.k; k++) {
    const earlier = plannedInspection(k, total);
    if (earlier.level === 'WORKPLACE' && earlier.systemDeficiencies)
      if (earlier.template.principal.organisationNumber === number) return true;
  }
  return false;
}

function inspection(planned: PlannedInspection, i: number, total: number): FlowStep[] {
  const now = flowNow(i, total);
  const metadata = { now };
  const today = day(now.getTime());
  const ctx = contextFor(inspectionKey(planned.k));
  const inspector = benchActor('AV_INSPECTOR', planned.k % 10);
  const officer = benchActor('COLLABORATION_OFFICER', planned.k % 10);
  const { inspectionId, template, inspectedOn } = planned;
  const campaignId = campaignIdOf(planned.campaign);
  const period = campaignPeriod(planned.campaign, total);
  const on = stepOn(inspectionStream(inspectionId), inspectionDecider);
  const { basis } = planned;
  const steps = [
    on(
      {
        type: 'RecordInspection',
        data: {
          inspectionId,
          // What the endpoint reads of the campaign: launched in a flow before this one.
          campaign: { campaignId, status: 'LAUNCHED', period, sectorsByYear: sectorsByYear(planned.campaign, period) },
          level: planned.level,
          principal: { ...template.principal },
          ...(planned.level === 'WORKPLACE' ? { workplace: template.workplace } : {}),
          sector: planned.sector,
          region: template.region,
          inspectedOn,
          inspectorIds: [inspector.id],
          ...(basis
            ? {
                basis: {
                  inspectionId: basis.inspectionId,
                  exists: true,
                  campaignId,
                  level: basis.level,
                  principalOrganisationNumber: basis.template.principal.organisationNumber,
                  inspectedOn: basis.inspectedOn,
                  systemDeficiencies: basis.systemDeficiencies,
                },
              }
            : {}),
        },
        metadata,
      },
      ctx(inspector, 'record'),
    ),
  ];
  if (planned.fk) {
    const informedAbout =
      template.fkParticipation?.informedAbout ??
      'Stödet för att förebygga sjukfrånvaro och arbetsgivarens ansvar för arbetsanpassning.';
    steps.push(
      on(
        {
          type: 'RecordFkParticipation',
          data: { inspectionId, participantIds: [officer.id], informedAbout },
          metadata,
        },
        ctx(officer, 'fk'),
      ),
    );
  }
  const findings = ctx(inspector, 'findings');
  steps.push(
    on(
      { type: 'RecordFindings', data: { inspectionId, findings: template.findings.map((f) => ({ ...f })) }, metadata },
      findings,
    ),
  );
  if (planned.level === 'WORKPLACE' && planned.systemDeficiencies && !markedBefore(planned, total))
    steps.push(eligibility(planned, campaignId, findings, now));
  if (planned.requirement) {
    const [requirement] = template.requirements;
    const issue = ctx(inspector, 'requirement');
    steps.push(
      on(
        {
          type: 'IssueRequirement',
          data: {
            inspectionId,
            requirementId: entityIdFor(issue.commandId, 'requirement'),
            description: requirement.description,
            issuedOn: inspectedOn,
            dueDate: addDays(inspectedOn, 90),
          },
          metadata,
        },
        issue,
      ),
      on(
        {
          type: 'RecordFollowUp',
          data: {
            inspectionId,
            followedUpOn: today,
            note: planned.met
              ? (template.followUps[0]?.note ?? 'Kravet är uppfyllt.')
              : 'Åtgärderna är påbörjade men inte genomförda.',
            requirementsMet: planned.met,
          },
          metadata,
        },
        ctx(inspector, 'follow-up'),
      ),
    );
  }
  if (planned.requirement && !planned.met)
    steps.push(
      on(
        {
          type: 'CarryOverInspection',
          data: { inspectionId },
          metadata,
          reason: 'Kravet följs upp i Arbetsmiljöverkets ordinarie tillsyn, efter att tillsynsaktiviteten avslutas.',
        },
        ctx(inspector, 'carry-over'),
      ),
    );
  else
    steps.push(
      on({ type: 'CloseInspection', data: { inspectionId, closedOn: today }, metadata }, ctx(inspector, 'close')),
    );
  return steps;
}

/** The principal marked eligible, with the command id, actor and cause the process manager would give it. */
function eligibility(planned: PlannedInspection, campaignId: string, findings: CommandContext, now: Date): FlowStep {
  const { principal } = planned.template;
  const findingsEventId = eventIdFor(findings.commandId, 0);
  const commandId = eventIdFor(`${ELIGIBILITY_PROCESS}:${findingsEventId}`, 0);
  const on = stepOn(eligibilityStream(campaignId, principal.organisationNumber), eligibilityDecider);
  return on(
    {
      type: 'MarkPrincipalEligible',
      data: {
        campaignId,
        organisationNumber: principal.organisationNumber,
        principalName: principal.name,
        basedOnInspectionId: planned.inspectionId,
        markedOn: stockholmDate(now),
      },
      metadata: { now },
    },
    { actor: ELIGIBILITY_ACTOR, commandId, correlationId: findings.correlationId, causationId: findingsEventId },
  );
}
