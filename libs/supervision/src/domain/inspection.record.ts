import {
  NotFoundError,
  oneOf,
  organisationNumber,
  pastOrToday,
  requiredId,
  requiredText,
} from '@samverkan/core/domain';
import { BasisInspection, CampaignStanding, InspectionCommand } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import { InspectionState } from './inspection.state';
import { isInPeriod, optionalText, personIds, sectorsOn, yearOf } from './supervision.guards';
import { INSPECTION_LEVELS, IsoDate, Principal } from './supervision.model';
import { SUPERVISION_RULES } from './supervision.rules';

/** Why a principal-level inspection has no ground, in the order they are checked. */
export const PRINCIPAL_BASIS_PROBLEMS = [
  'NO_BASIS',
  'BASIS_NOT_FOUND',
  'BASIS_NOT_WORKPLACE',
  'OTHER_CAMPAIGN',
  'OTHER_PRINCIPAL',
  'NOT_EARLIER',
  'NO_SYSTEM_DEFICIENCIES',
] as const;
export type PrincipalBasisProblem = (typeof PRINCIPAL_BASIS_PROBLEMS)[number];

const BASIS_MESSAGES: Record<PrincipalBasisProblem, string> = {
  NO_BASIS: 'names no earlier workplace inspection',
  BASIS_NOT_FOUND: 'builds on an inspection that was not found',
  BASIS_NOT_WORKPLACE: 'builds on an inspection that was not at workplace level',
  OTHER_CAMPAIGN: 'builds on an inspection of another campaign',
  OTHER_PRINCIPAL: 'builds on an inspection of another principal',
  NOT_EARLIER: 'builds on an inspection that was not carried out before it',
  NO_SYSTEM_DEFICIENCIES: 'builds on an inspection that found no system deficiencies',
};

/**
 * An inspection belongs to a launched campaign, falls inside its period and among the sectors of
 * its year. At principal level it needs an earlier workplace inspection in the same campaign, of
 * the same principal, that found system deficiencies (the agreement's rule).
 */
export function recordInspection(
  command: InspectionCommand<'RecordInspection'>,
  state: InspectionState,
): InspectionEvent[] {
  const { inspectionId } = command.data;
  if (state.status !== 'NONE') {
    throw SUPERVISION_RULES.violation('INSPECTION_ALREADY_RECORDED', `Inspection ${inspectionId} is already recorded`, {
      inspectionId,
    });
  }
  requiredId(inspectionId, 'inspectionId');
  const campaign = launchedCampaign(command.data.campaign, inspectionId);
  const { campaignId, period } = campaign;
  const details = { inspectionId, campaignId };
  const level = oneOf(command.data.level, INSPECTION_LEVELS, 'level', details);
  const principal = validPrincipal(command.data.principal, details);
  const inspectedOn = pastOrToday(command.data.inspectedOn, 'inspectedOn', command.metadata.now, details);
  if (!isInPeriod(inspectedOn, period)) {
    const message = `Inspection date ${inspectedOn} is outside the campaign (${period.from} – ${period.to})`;
    throw SUPERVISION_RULES.violation('INSPECTION_OUTSIDE_PERIOD', message, { ...details, date: inspectedOn, period });
  }
  const { sector } = command.data;
  const sectors = sectorsOn(campaign.sectorsByYear, inspectedOn);
  if (!sectors.includes(sector)) {
    const year = yearOf(inspectedOn);
    const message = `Campaign ${campaignId} does not aim at ${sector} in ${year}`;
    throw SUPERVISION_RULES.violation('SECTOR_NOT_IN_CAMPAIGN', message, {
      ...details,
      sector: sector ?? null,
      year,
      sectors,
    });
  }
  const region = requiredText(command.data.region, 'region', { details });
  const inspectorIds = personIds(command.data.inspectorIds, 'inspectorIds', 'INSPECTORS_REQUIRED', details);
  const workplace =
    level === 'WORKPLACE'
      ? requiredText(command.data.workplace, 'workplace', {
          code: SUPERVISION_RULES.code('WORKPLACE_REQUIRED'),
          details,
        })
      : optionalText(command.data.workplace, 'workplace', details);
  const basedOnInspectionId =
    level === 'PRINCIPAL'
      ? groundOf(command.data.basis, { inspectionId, campaignId, principal, inspectedOn })
      : undefined;
  return [
    {
      type: 'InspectionRecorded',
      data: {
        inspectionId,
        campaignId,
        level,
        principal,
        ...(workplace !== undefined ? { workplace } : {}),
        sector,
        region,
        inspectedOn,
        inspectorIds,
        ...(basedOnInspectionId !== undefined ? { basedOnInspectionId } : {}),
      },
    },
  ];
}

function launchedCampaign(campaign: CampaignStanding | undefined, inspectionId: string): CampaignStanding {
  const campaignId = campaign?.campaignId ?? '';
  if (!campaign || campaign.status === 'NONE') throw new NotFoundError('Campaign', campaignId);
  if (campaign.status === 'PLANNED') {
    throw SUPERVISION_RULES.violation('CAMPAIGN_NOT_LAUNCHED', `Campaign ${campaignId} is not launched yet`, {
      inspectionId,
      campaignId,
      status: campaign.status,
    });
  }
  if (campaign.status !== 'LAUNCHED') {
    throw SUPERVISION_RULES.violation('CAMPAIGN_CLOSED', `Campaign ${campaignId} is ${campaign.status.toLowerCase()}`, {
      inspectionId,
      campaignId,
      status: campaign.status,
    });
  }
  return campaign;
}

function validPrincipal(principal: Principal | undefined, details: Record<string, unknown>): Principal {
  const given: Partial<Principal> = principal ?? {};
  const number = organisationNumber(given.organisationNumber, details);
  const name = requiredText(given.name, 'principal.name', { details });
  return { organisationNumber: number, name };
}

interface Inspected {
  inspectionId: string;
  campaignId: string;
  principal: Principal;
  inspectedOn: IsoDate;
}

/** The id of the workplace inspection a principal-level inspection builds on, once it qualifies. */
function groundOf(basis: BasisInspection | undefined, inspected: Inspected): string {
  const problem = problemWith(basis, inspected);
  if (problem) {
    const { inspectionId, campaignId } = inspected;
    throw SUPERVISION_RULES.violation(
      'PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES',
      `Principal-level inspection ${inspectionId} ${BASIS_MESSAGES[problem]}`,
      { inspectionId, campaignId, reason: problem, basedOnInspectionId: basis?.inspectionId ?? null },
    );
  }
  return (basis as BasisInspection).inspectionId;
}

function problemWith(basis: BasisInspection | undefined, inspected: Inspected): PrincipalBasisProblem | undefined {
  if (!basis || typeof basis.inspectionId !== 'string' || !basis.inspectionId.trim()) return 'NO_BASIS';
  if (basis.exists !== true) return 'BASIS_NOT_FOUND';
  if (basis.level !== 'WORKPLACE') return 'BASIS_NOT_WORKPLACE';
  if (basis.campaignId !== inspected.campaignId) return 'OTHER_CAMPAIGN';
  if (basis.principalOrganisationNumber?.trim() !== inspected.principal.organisationNumber) return 'OTHER_PRINCIPAL';
  if (!(basis.inspectedOn < inspected.inspectedOn)) return 'NOT_EARLIER';
  if (basis.systemDeficiencies !== true) return 'NO_SYSTEM_DEFICIENCIES';
  return undefined;
}
