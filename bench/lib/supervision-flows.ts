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
import { benchActor, contextFor, DAY, day, FlowStep, LAST_DAY, placeAtMoments, stepOn } from './flow-steps';

/**
 * Joint supervision in the benchmark histories: AV's campaigns with FK and their inspections, each
 * command decided by the real deciders. Like Momentum's work (esf-flows.ts), it is the same at every
 * size: FK and AV start one joint campaign a year from FIRST_YEAR, alternating between the demo's two
 * (home care from May, work adaptation from August, each running thirteen months, so two run at
 * once for a few months), and a campaign records CAMPAIGN_FLOWS - 1 inspections spread over its
 * period. Each supervision flow has a fixed moment and takes the place of the first flow at or
 * after it that is not ESF work, so every fact it records (a period, an inspection's day) is the
 * same at 10k and at 1M, and so is every supervision answer: what grows with a history is the tip
 * routine around it. Half-way through the next campaign the one before it is concluded, every
 * inspection of it being closed or carried over by then.
 */

/** The year of the first joint campaign: 2013, the year the bench's dashboards ask about, sees two. */
const FIRST_YEAR = 2011;
/** A campaign's flows: its planning and launch, then one inspection a flow. */
export const CAMPAIGN_FLOWS = 30;
/** The flow of a campaign at which the one before it is concluded. */
const CONCLUDE_AT = 15;
/** One inspection in PRINCIPAL_EVERY is at principal level, where an earlier one found system deficiencies. */
const PRINCIPAL_EVERY = 5;
/** One follow-up in UNMET_EVERY finds the requirement not met: the inspection is carried over. */
const UNMET_EVERY = 9;

/** The campaigns a history holds: one a year from FIRST_YEAR up to the history's last year. */
const CAMPAIGNS = new Date(LAST_DAY).getUTCFullYear() - FIRST_YEAR + 1;

/** Campaigns alternate between the demo's two: home care, then work adaptation in varying sectors. */
const styleOf = (c: number) => DEMO_CAMPAIGNS[c % DEMO_CAMPAIGNS.length];

/**
 * Campaign `c`'s period, modelled on its style's in the demo (a home-care campaign from 1 May, a
 * work-adaptation one from 1 August, both to the end of the same month a year later), in year
 * FIRST_YEAR + c.
 */
export function campaignPeriod(c: number): Period {
  const year = FIRST_YEAR + c;
  const month = styleOf(c).period.from.slice(5, 7);
  const end = new Date(Date.UTC(year + 1, Number(month), 0));
  return { from: `${year}-${month}-01`, to: day(end.getTime()) };
}

const morningOf = (date: string) => Date.parse(`${date}T08:00:00Z`);

/**
 * The moment of supervision flow `k`: a campaign is planned on the first day of its period, and
 * its inspections are recorded at equal steps through it.
 */
function supervisionMoment(k: number): number {
  const c = Math.floor(k / CAMPAIGN_FLOWS);
  const p = k % CAMPAIGN_FLOWS;
  const { from, to } = campaignPeriod(c);
  return morningOf(from) + Math.floor((p * (morningOf(to) - morningOf(from))) / CAMPAIGN_FLOWS);
}

/**
 * Where each supervision flow falls in a history of `total` flows (`placeAtMoments`), never on
 * ESF work.
 */
interface SupervisionPlaces {
  index: Map<number, number>;
  moment: Map<number, Date>;
  ordinalAt: Map<number, number>;
}
const placesOf = new Map<number, SupervisionPlaces>();

function supervisionPlaces(total: number): SupervisionPlaces {
  let places = placesOf.get(total);
  if (places) return places;
  const moments = Array.from({ length: CAMPAIGNS * CAMPAIGN_FLOWS }, (_, k) => ({ key: k, at: supervisionMoment(k) }));
  // In the order of their moments: two campaigns overlap.
  moments.sort((a, b) => a.at - b.at || a.key - b.key);
  const placed = placeAtMoments(moments, total, (index) => esfOrdinal(index, total) !== null);
  places = {
    index: new Map(placed.map((p) => [p.key, p.index])),
    moment: new Map(placed.map((p) => [p.key, p.moment])),
    ordinalAt: new Map(placed.map((p) => [p.index, p.key])),
  };
  placesOf.set(total, places);
  return places;
}

/** The flow index of the `k`th supervision flow; when it does not fit the history, beyond every flow. */
export const supervisionFlowIndex = (k: number, total: number): number =>
  supervisionPlaces(total).index.get(k) ?? Number.MAX_SAFE_INTEGER;

/** The supervision flow's ordinal among the supervision flows when flow `i` of `total` is one, else null. */
export const supervisionOrdinal = (i: number, total: number): number | null =>
  supervisionPlaces(total).ordinalAt.get(i) ?? null;

/** The ordinals of the supervision flows among a history's first `flows` (of `total`), in the order they happen. */
export function supervisionFlows(flows: number, total: number): number[] {
  return [...supervisionPlaces(total).index]
    .filter(([, index]) => index < flows)
    .sort((a, b) => a[1] - b[1])
    .map(([k]) => k);
}

/** The moment supervision flow `k` records its commands. */
const recordedAt = (k: number, total: number): Date => supervisionPlaces(total).moment.get(k)!;

const campaignKey = (c: number) => `bench:supervision:campaign:${c}`;
const inspectionKey = (k: number) => `bench:supervision:${k}`;

/** Campaign `c`'s id: the endpoint's, from the command id of its PlanCampaign. */
export const campaignIdOf = (c: number): string =>
  campaignIdFor(contextFor(campaignKey(c))(benchActor('AV_INSPECTOR', 0), 'plan').commandId);

/** The inspection of supervision flow `k`: the endpoint's id, from the command id of its RecordInspection. */
export const inspectionIdOf = (k: number): string =>
  inspectionIdFor(contextFor(inspectionKey(k))(benchActor('AV_INSPECTOR', 0), 'record').commandId);

const addDays = (date: string, days: number) => day(Date.parse(`${date}T12:00:00Z`) + days * DAY);

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
  for (let c = 0; c < CAMPAIGNS && supervisionFlowIndex(c * CAMPAIGN_FLOWS, total) < total; c++) {
    const period = campaignPeriod(c);
    if (styleOf(c).key === 'valfarden' && date <= period.to)
      return { campaign: c, campaignId: campaignIdOf(c), period };
  }
  throw new Error(`No home-care campaign of a history of ${total} flows runs on or after ${date}`);
}

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

function workplaceInspection(k: number): PlannedInspection {
  const c = Math.floor(k / CAMPAIGN_FLOWS);
  const p = k % CAMPAIGN_FLOWS;
  const { from } = campaignPeriod(c);
  // A few days before its flow's moment, never before the campaign's period.
  const shortlyBefore = day(supervisionMoment(k) - (p % 4) * DAY);
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
export function plannedInspection(k: number): PlannedInspection {
  const p = k % CAMPAIGN_FLOWS;
  const workplace = workplaceInspection(k);
  if (p % PRINCIPAL_EVERY !== 0) return workplace;
  const c = workplace.campaign;
  const inspectedOn = day(supervisionMoment(k));
  const sectors = sectorsIn(c, Number(inspectedOn.slice(0, 4)));
  for (let back = 1; back < PRINCIPAL_EVERY && p - back >= 1; back++) {
    const basis = workplaceInspection(k - back);
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

/**
 * When a supervision flow's commands happen: `now`, the moment it records them; `today`, the day of
 * its own moment, which dates the facts it records (the same at every size; `now` is at most a few
 * flows later where its flow was taken).
 */
interface FlowTime {
  now: Date;
  today: string;
}

/** The commands of supervision flow `k` in a history of `total` flows. */
export function supervisionFlow(total: number, k: number): FlowStep[] {
  const c = Math.floor(k / CAMPAIGN_FLOWS);
  const p = k % CAMPAIGN_FLOWS;
  const time = { now: recordedAt(k, total), today: day(supervisionMoment(k)) };
  const steps = p === 0 ? launchCampaign(c, time) : inspection(plannedInspection(k), time);
  if (p === CONCLUDE_AT && c > 0) steps.push(concludeCampaign(c - 1, time));
  return steps;
}

function launchCampaign(c: number, { now, today }: FlowTime): FlowStep[] {
  const metadata = { now };
  const ctx = contextFor(campaignKey(c));
  const inspector = benchActor('AV_INSPECTOR', c % 10);
  const style = styleOf(c);
  const campaignId = campaignIdOf(c);
  const period = campaignPeriod(c);
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
          launchedOn: addDays(today, -2),
          communication: { ...style.launch.communication, audiences: [...style.launch.communication.audiences] },
        },
        metadata,
      },
      ctx(inspector, 'launch'),
    ),
  ];
}

/** Concluded with where each of its inspections stands, as the endpoint reads it: all closed or carried over. */
function concludeCampaign(c: number, { now, today }: FlowTime): FlowStep {
  const campaignId = campaignIdOf(c);
  const { communication } = (styleOf(c).conclusion ?? DEMO_CAMPAIGNS[0].conclusion)!;
  const inspections = Array.from({ length: CAMPAIGN_FLOWS - 1 }, (_, n) =>
    standingOf(plannedInspection(c * CAMPAIGN_FLOWS + n + 1)),
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
        concludedOn: today,
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
function markedBefore(planned: PlannedInspection): boolean {
  const first = planned.campaign * CAMPAIGN_FLOWS + 1;
  const number = planned.template.principal.organisationNumber;
  for (let k = first; k < planned.k; k++) {
    const earlier = plannedInspection(k);
    if (earlier.level === 'WORKPLACE' && earlier.systemDeficiencies)
      if (earlier.template.principal.organisationNumber === number) return true;
  }
  return false;
}

function inspection(planned: PlannedInspection, { now, today }: FlowTime): FlowStep[] {
  const metadata = { now };
  const ctx = contextFor(inspectionKey(planned.k));
  const inspector = benchActor('AV_INSPECTOR', planned.k % 10);
  const officer = benchActor('COLLABORATION_OFFICER', planned.k % 10);
  const { inspectionId, template, inspectedOn } = planned;
  const campaignId = campaignIdOf(planned.campaign);
  const period = campaignPeriod(planned.campaign);
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
  if (planned.level === 'WORKPLACE' && planned.systemDeficiencies && !markedBefore(planned))
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
