import type { Values } from '../../forms/CommandForm';
import { reasonField } from '../../forms/fields/reason';
import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
import type { OpenForm } from '../../forms/open-forms';
import { useNavigate } from 'react-router';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ChangeCampaignSectorsDocument,
  CommunicationInput,
  ConcludeSupervisionCampaignDocument,
  EvaluateSupervisionCampaignDocument,
  LaunchSupervisionCampaignDocument,
} from '../../gql/graphql';
import type { Campaign } from './CampaignPage';
import { commandFormProps } from './parts';
import { recordInspectionCommands } from './RecordInspection';
import {
  COMMUNICATION_FIELDS,
  communicationOf,
  given,
  sectorFields,
  sectorsOf,
  yearsOf,
  yesNoField,
} from './supervision-fields';
import { T } from './texts';

const F = T.fields;

/** The change form starts from the first preliminary year as planned (the one most likely to change). */
function changeDefaults(campaign: Campaign): Values {
  const year = campaign.sectorsByYear.find((y) => y.preliminary) ?? campaign.sectorsByYear[0];
  const values: Values = {
    year: String(year?.year ?? yearsOf(campaign)[0]),
    preliminary: year?.preliminary ? 'yes' : 'no',
  };
  year?.sectors.forEach((sector, i) => (values[`sector_${i + 1}`] = sector));
  return values;
}

/** The campaign's commands at its status: change sectors (a decision), launch, conclude, evaluate, record inspections. */
export function CampaignCommands({
  campaign,
  regions,
  forms,
}: {
  campaign: Campaign;
  regions: string[];
  forms: OpenForm;
}) {
  const campaignId = campaign.id;
  const navigate = useNavigate();
  const command = panelCommandsWith(commandFormProps(campaign.revision, forms), T.commands);
  const changeSectors = command('changeSectors', {
    mutation: ChangeCampaignSectorsDocument,
    defaults: changeDefaults(campaign),
    fields: [
      {
        name: 'year',
        label: F.changeYear,
        kind: 'select',
        required: true,
        options: yearsOf(campaign).map((y) => ({ value: String(y), label: String(y) })),
      },
      ...sectorFields('', F.changeSector),
      yesNoField('preliminary', F.changePreliminary, F.yes, F.no),
      reasonField(F.reason, F.reasonHelp),
    ],
    toInput: (v) => ({
      campaignId,
      sectors: { year: Number(v.year), sectors: sectorsOf(v, ''), preliminary: v.preliminary === 'yes' },
      reason: v.reason.trim(),
    }),
  });
  const communicating = <Data,>(
    name: 'launch' | 'conclude',
    dateName: 'launchedOn' | 'concludedOn',
    mutation: TypedDocumentNode<Data, { input: { campaignId: string; communication: CommunicationInput } }>,
  ) =>
    command(name, {
      mutation,
      fields: COMMUNICATION_FIELDS(dateName, F[dateName]),
      toInput: (v) => ({ campaignId, ...given(v, dateName), communication: communicationOf(v) }),
    });
  const evaluate = command('evaluate', {
    mutation: EvaluateSupervisionCampaignDocument,
    fields: [
      { name: 'evaluatedOn', label: F.evaluatedOn, help: F.dateHelp, kind: 'date' },
      { name: 'summary', label: F.evaluation, kind: 'textarea', required: true },
    ],
    toInput: (v) => ({ campaignId, ...given(v, 'evaluatedOn'), summary: v.summary.trim() }),
  });
  const byStatus: Record<string, PanelCommand[]> = {
    PLANNED: [changeSectors, communicating('launch', 'launchedOn', LaunchSupervisionCampaignDocument)],
    LAUNCHED: [
      ...recordInspectionCommands(campaign, regions, navigate),
      changeSectors,
      communicating('conclude', 'concludedOn', ConcludeSupervisionCampaignDocument),
    ],
    CONCLUDED: [evaluate],
    EVALUATED: [],
  };
  return <CommandPanel commands={byStatus[campaign.status] ?? []} forms={forms} testid="campaign-commands" />;
}
