import { TestApp } from './test-app';
import { commandMutation } from './command-mutation';

export const CAMPAIGN_FIELDS = `id name focus status lead partner period { from to } sectorsByYear { year sectors preliminary }
  launch { on communication { audiences summary } } conclusion { on } evaluation { on summary } sectorChanges { year sectors reason }`;
export const INSPECTION_FIELDS = `id campaignId level principal { organisationNumber name } workplace sector region inspectedOn status
  systemDeficiencies basedOnInspectionId findings { area systemDeficiency } requirements { requirementId dueDate }
  fkParticipants { id name } inspectors { id } carryOverReason closedOn`;

export const PLAN_CAMPAIGN = commandMutation(
  'planSupervisionCampaign',
  'PlanSupervisionCampaignInput',
  `campaign { ${CAMPAIGN_FIELDS} }`,
);
export const CHANGE_SECTORS = commandMutation(
  'changeCampaignSectors',
  'ChangeCampaignSectorsInput',
  `campaign { ${CAMPAIGN_FIELDS} }`,
);
export const LAUNCH = commandMutation(
  'launchSupervisionCampaign',
  'LaunchSupervisionCampaignInput',
  `campaign { ${CAMPAIGN_FIELDS} }`,
);
export const CONCLUDE = commandMutation(
  'concludeSupervisionCampaign',
  'ConcludeSupervisionCampaignInput',
  `campaign { ${CAMPAIGN_FIELDS} }`,
);
export const EVALUATE = commandMutation(
  'evaluateSupervisionCampaign',
  'EvaluateSupervisionCampaignInput',
  `campaign { ${CAMPAIGN_FIELDS} }`,
);
export const RECORD_INSPECTION = commandMutation(
  'recordInspection',
  'RecordInspectionInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const FK_PARTICIPATION = commandMutation(
  'recordFkParticipation',
  'RecordFkParticipationInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const FINDINGS = commandMutation(
  'recordInspectionFindings',
  'RecordInspectionFindingsInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const REQUIREMENT = commandMutation(
  'issueInspectionRequirement',
  'IssueInspectionRequirementInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const FOLLOW_UP = commandMutation(
  'recordInspectionFollowUp',
  'RecordInspectionFollowUpInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const CLOSE_INSPECTION = commandMutation(
  'closeInspection',
  'CloseInspectionInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);
export const CARRY_OVER = commandMutation(
  'carryOverInspection',
  'CarryOverInspectionInput',
  `inspection { ${INSPECTION_FIELDS} }`,
);

export const halsosamtArbetsliv = {
  name: 'Ett hälsosamt arbetsliv',
  focus: 'Arbetsanpassning',
  period: { from: '2025-08-01', to: '2026-08-31' },
  sectorsByYear: [
    { year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'], preliminary: false },
    { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: true },
  ],
};

export const launchCommunication = {
  audiences: ['partnerråd', 'fackliga nätverk'],
  summary: 'Gemensam uppstart med arbetsmarknadens parter.',
};

/** A principal (huvudman): a fictional municipality with a valid organisation number. */
export const kommun = { organisationNumber: '212000-1355', name: 'Exempelby kommun' };

export async function launchedCampaign(t: TestApp): Promise<string> {
  const planned = await t.gql('AV_INSPECTOR', PLAN_CAMPAIGN, { input: halsosamtArbetsliv });
  if (planned.errors) throw new Error(JSON.stringify(planned.errors));
  const id = planned.data.planSupervisionCampaign.campaign.id;
  const launched = await t.gql('AV_INSPECTOR', LAUNCH, {
    input: { campaignId: id, launchedOn: '2025-08-20', communication: launchCommunication },
  });
  if (launched.errors) throw new Error(JSON.stringify(launched.errors));
  return id;
}

export const workplaceInspection = (campaignId: string, extra: Record<string, unknown> = {}) => ({
  campaignId,
  level: 'WORKPLACE',
  principal: kommun,
  workplace: 'Solrosens förskola',
  sector: 'PRESCHOOL',
  region: 'Skåne',
  inspectedOn: '2025-09-10',
  ...extra,
});

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Not reached within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
