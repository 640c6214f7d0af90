import {
  decideByType,
  existingIn,
  isCalendarDate,
  notBefore,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
} from '@samverkan/core/domain';
import { CampaignCommand } from './campaign.commands';
import { CampaignEvent } from './campaign.events';
import { CampaignState, ExistingCampaign } from './campaign.state';
import { SUPERVISION_TEXT_LIMITS, yearsOf } from './supervision.guards';
import {
  CAMPAIGN_LEAD,
  CAMPAIGN_PARTNER,
  Communication,
  Period,
  SUPERVISION_SECTORS,
  SupervisionSector,
  YearSectors,
} from './supervision.model';
import { SUPERVISION_RULES, SupervisionRuleCode } from './supervision.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the campaign exist and is it in the status the
// command needs, then the command's own content. The lifecycle only moves forward.

export const decideCampaign = decideByType<CampaignCommand, CampaignState, CampaignEvent>('campaign', {
  PlanCampaign: plan,
  ChangeCampaignSectors: changeSectors,
  LaunchCampaign: launch,
  ConcludeCampaign: conclude,
  EvaluateCampaign: evaluate,
});

function plan(command: CampaignCommand<'PlanCampaign'>, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command.data;
  if (state.status !== 'NONE') {
    throw SUPERVISION_RULES.violation('CAMPAIGN_ALREADY_PLANNED', `Campaign ${campaignId} is already planned`, {
      campaignId,
    });
  }
  requiredId(campaignId, 'campaignId');
  const details = { campaignId };
  const name = requiredText(command.data.name, 'name', { details });
  const focus = requiredText(command.data.focus, 'focus', { max: SUPERVISION_TEXT_LIMITS.long, details });
  const period = validPeriod(command.data.period, campaignId);
  const sectorsByYear = validSectorPlan(command.data.sectorsByYear, period, campaignId);
  const lead = CAMPAIGN_LEAD;
  const partner = CAMPAIGN_PARTNER;
  return [{ type: 'CampaignPlanned', data: { campaignId, name, focus, period, sectorsByYear, lead, partner } }];
}

/** A year's sectors may change until the campaign concludes; whether it has inspections is the application's to check. */
function changeSectors(command: CampaignCommand<'ChangeCampaignSectors'>, state: CampaignState): CampaignEvent[] {
  const campaign = existingCampaign(state, command.data.campaignId);
  const { campaignId } = campaign;
  if (campaign.status === 'CONCLUDED' || campaign.status === 'EVALUATED') {
    throw SUPERVISION_RULES.violation('CAMPAIGN_CLOSED', `Campaign ${campaignId} is ${campaign.status.toLowerCase()}`, {
      campaignId,
      status: campaign.status,
    });
  }
  const sectors = validYearSectors(command.data.sectors, campaign.period, campaignId);
  const planned = campaign.sectorsByYear.find((entry) => entry.year === sectors.year);
  if (planned && sameSectors(planned, sectors)) return [];
  const reason = requiredReason(command.reason, { campaignId, year: sectors.year });
  const previous = planned
    ? { year: planned.year, sectors: [...planned.sectors], preliminary: planned.preliminary }
    : null;
  return [{ type: 'CampaignSectorsChanged', data: { campaignId, sectors, previous, reason } }];
}

/** A launch may come before the period starts (the communication goes out first), never after it ends. */
function launch(command: CampaignCommand<'LaunchCampaign'>, state: CampaignState): CampaignEvent[] {
  const campaign = inStatus(state, command.data.campaignId, 'PLANNED', 'CAMPAIGN_NOT_PLANNED');
  const { campaignId, period } = campaign;
  const launchedOn = pastOrToday(command.data.launchedOn, 'launchedOn', command.metadata.now, { campaignId });
  if (launchedOn > period.to) {
    throw SUPERVISION_RULES.violation('LAUNCH_AFTER_PERIOD', `Campaign ${campaignId} ended on ${period.to}`, {
      campaignId,
      launchedOn,
      period,
    });
  }
  const communication = validCommunication(command.data.communication, campaignId);
  return [{ type: 'CampaignLaunched', data: { campaignId, launchedOn, communication } }];
}

function conclude(command: CampaignCommand<'ConcludeCampaign'>, state: CampaignState): CampaignEvent[] {
  const campaign = inStatus(state, command.data.campaignId, 'LAUNCHED', 'CAMPAIGN_NOT_LAUNCHED');
  const { campaignId } = campaign;
  const concludedOn = stepDate(campaign, command, 'concludedOn', campaign.launchedOn, 'CONCLUDED_BEFORE_LAUNCH');
  const communication = validCommunication(command.data.communication, campaignId);
  const inspections = command.data.inspections ?? [];
  const open = inspections.filter(({ status }) => status !== 'CLOSED' && status !== 'CARRIED_OVER');
  if (open.length > 0) {
    const inspectionIds = open.map(({ inspectionId }) => inspectionId);
    throw SUPERVISION_RULES.violation(
      'CAMPAIGN_HAS_OPEN_INSPECTIONS',
      `Campaign ${campaignId} has ${open.length} open inspections`,
      {
        campaignId,
        inspectionIds,
      },
    );
  }
  const closedInspections = inspections.filter(({ status }) => status === 'CLOSED').length;
  const carriedOverInspections = inspections.length - closedInspections;
  return [
    {
      type: 'CampaignConcluded',
      data: { campaignId, concludedOn, communication, closedInspections, carriedOverInspections },
    },
  ];
}

function evaluate(command: CampaignCommand<'EvaluateCampaign'>, state: CampaignState): CampaignEvent[] {
  const campaign = inStatus(state, command.data.campaignId, 'CONCLUDED', 'CAMPAIGN_NOT_CONCLUDED');
  const { campaignId } = campaign;
  const details = { campaignId };
  const evaluatedOn = stepDate(campaign, command, 'evaluatedOn', campaign.concludedOn, 'EVALUATED_BEFORE_CONCLUSION');
  const summary = requiredText(command.data.summary, 'summary', { max: SUPERVISION_TEXT_LIMITS.long, details });
  return [{ type: 'CampaignEvaluated', data: { campaignId, evaluatedOn, summary } }];
}

/**
 * The day a step of the campaign happened, as its command states it under `field`: not in the
 * future, and not before the step it follows (`after`, when that is recorded).
 */
function stepDate<F extends string>(
  campaign: ExistingCampaign,
  command: { data: Record<F, string>; metadata: { now: Date } },
  field: F,
  after: string | undefined,
  code: SupervisionRuleCode,
): string {
  const details = { campaignId: campaign.campaignId };
  const date = pastOrToday(command.data[field], field, command.metadata.now, details);
  notBefore(date, after ?? date, SUPERVISION_RULES.code(code), field, details);
  return date;
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

const existingCampaign = existingIn<ExistingCampaign>('Campaign');

function inStatus(
  state: CampaignState,
  campaignId: string,
  wanted: ExistingCampaign['status'],
  code: SupervisionRuleCode,
): ExistingCampaign {
  const campaign = existingCampaign(state, campaignId);
  if (campaign.status !== wanted) {
    const message = `Campaign ${campaign.campaignId} is ${campaign.status.toLowerCase()}, not ${wanted.toLowerCase()}`;
    throw SUPERVISION_RULES.violation(code, message, { campaignId: campaign.campaignId, status: campaign.status });
  }
  return campaign;
}

function validPeriod(period: Period | undefined, campaignId: string): Period {
  const from = typeof period?.from === 'string' ? period.from.trim() : '';
  const to = typeof period?.to === 'string' ? period.to.trim() : '';
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
    throw SUPERVISION_RULES.violation('INVALID_PERIOD', 'A period runs from one real date to the same or a later one', {
      campaignId,
      period: period ?? null,
    });
  }
  return { from, to };
}

/** At least one year, each inside the period and planned once; returned in year order. */
function validSectorPlan(entries: YearSectors[] | undefined, period: Period, campaignId: string): YearSectors[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw SUPERVISION_RULES.violation('INVALID_SECTORS', 'A campaign aims at sectors in at least one year', {
      campaignId,
    });
  }
  const plan = entries.map((entry) => validYearSectors(entry, period, campaignId));
  const repeated = plan.find((entry, i) => plan.findIndex((other) => other.year === entry.year) !== i);
  if (repeated) {
    throw SUPERVISION_RULES.violation('INVALID_SECTOR_YEAR', `The year ${repeated.year} is planned twice`, {
      campaignId,
      year: repeated.year,
    });
  }
  return plan.sort((a, b) => a.year - b.year);
}

function validYearSectors(entry: YearSectors | undefined, period: Period, campaignId: string): YearSectors {
  const years = yearsOf(period);
  // A year that is missing or not a number is not among the period's years either.
  if (!entry || !years.includes(entry.year)) {
    throw SUPERVISION_RULES.violation('INVALID_SECTOR_YEAR', `The campaign runs in ${years.join(' and ')}`, {
      campaignId,
      year: entry?.year ?? null,
      years,
    });
  }
  const { year } = entry;
  const sectors: SupervisionSector[] = Array.isArray(entry.sectors) ? entry.sectors : [];
  const valid = sectors.every((sector) => SUPERVISION_SECTORS.includes(sector));
  if (sectors.length === 0 || !valid || new Set(sectors).size !== sectors.length) {
    throw SUPERVISION_RULES.violation(
      'INVALID_SECTORS',
      `The sectors of ${year} are one or more known sectors, each once`,
      {
        campaignId,
        year,
        sectors,
      },
    );
  }
  return { year, sectors: [...sectors], preliminary: entry.preliminary === true };
}

function sameSectors(a: YearSectors, b: YearSectors): boolean {
  return (
    a.preliminary === b.preliminary &&
    a.sectors.length === b.sectors.length &&
    a.sectors.every((s) => b.sectors.includes(s))
  );
}

/** The social partners are told at launch and at conclusion: at least one audience and what they were told. */
function validCommunication(communication: Communication | undefined, campaignId: string): Communication {
  const given = Array.isArray(communication?.audiences) ? communication.audiences : [];
  const audiences = given.map((audience) => (typeof audience === 'string' ? audience.trim() : ''));
  const summary = typeof communication?.summary === 'string' ? communication.summary.trim() : '';
  const noAudience = audiences.length === 0 || audiences.some((audience) => !audience);
  const blank = noAudience ? 'communication.audiences' : !summary ? 'communication.summary' : undefined;
  if (blank) {
    throw SUPERVISION_RULES.violation(
      'COMMUNICATION_REQUIRED',
      'A communication names its audiences and what they were told',
      {
        campaignId,
        field: blank,
      },
    );
  }
  const details = { campaignId };
  audiences.forEach((audience) => requiredText(audience, 'communication.audiences', { details }));
  requiredText(summary, 'communication.summary', { max: SUPERVISION_TEXT_LIMITS.long, details });
  return { audiences: [...new Set(audiences)], summary };
}
