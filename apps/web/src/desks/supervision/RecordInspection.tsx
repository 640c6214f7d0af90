import type { NavigateFunction } from 'react-router';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { panelCommand, PanelCommand } from '../../forms/CommandPanel';
import { RecordInspectionDocument, RecordInspectionInput, SupervisionSector } from '../../gql/graphql';
import type { Campaign } from './CampaignPage';
import { campaignSectors, lines, today } from './supervision-fields';
import { SECTORS, SUPERVISION_RULES, T } from './texts';

const C = T.commands;
const F = T.fields;

/**
 * The two ways to record an inspection: at workplace level always, at principal level only where a
 * workplace inspection of the campaign found system deficiencies (the campaign's eligible
 * principals), since the server refuses any other. A recorded inspection opens its own page.
 */
export function recordInspectionCommands(
  campaign: Campaign,
  regions: string[],
  navigate: NavigateFunction,
): PanelCommand[] {
  const sectors = campaignSectors(campaign);
  const shared: FieldSpec[] = [
    {
      name: 'sector',
      label: F.sectorOne,
      help: F.sectorHelp,
      kind: 'select',
      required: true,
      options: sectors.map(({ sector, years }) => ({
        value: sector,
        label: F.sectorInYears(SECTORS[sector] ?? sector, years),
      })),
    },
    {
      name: 'region',
      label: F.region,
      kind: 'select',
      required: true,
      options: regions.map((r) => ({ value: r, label: r })),
    },
    { name: 'inspectedOn', label: F.inspectedOn, kind: 'date', required: true },
    { name: 'otherInspectors', label: F.otherInspectors, help: F.otherInspectorsHelp, kind: 'textarea' },
  ];
  const defaults: Values = { sector: sectors[0]?.sector ?? '', region: regions[0] ?? '', inspectedOn: today() };
  const report = (v: Values) => ({
    campaignId: campaign.id,
    sector: v.sector as SupervisionSector,
    region: v.region,
    inspectedOn: v.inspectedOn,
    otherInspectors: lines(v.otherInspectors),
  });
  const record = (
    name: string,
    label: string,
    fields: FieldSpec[],
    chosen: Values,
    toInput: (v: Values) => RecordInspectionInput,
  ) =>
    panelCommand(name, label, {
      mutation: RecordInspectionDocument,
      rules: SUPERVISION_RULES,
      fields,
      defaults: { ...defaults, ...chosen },
      toInput,
      onDone: (d) => navigate(`/tillsyn/inspektion/${d.recordInspection.inspection.id}`),
    });
  const commands: PanelCommand[] = [
    record(
      'recordWorkplace',
      C.recordWorkplace,
      [
        { name: 'organisationNumber', label: F.organisationNumber, help: F.organisationNumberHelp, required: true },
        { name: 'name', label: F.principalName, required: true },
        { name: 'workplace', label: F.workplace, help: F.workplaceHelp, required: true },
        ...shared,
      ],
      {},
      (v) => ({
        ...report(v),
        level: 'WORKPLACE' as const,
        principal: { organisationNumber: v.organisationNumber.trim(), name: v.name.trim() },
        workplace: v.workplace.trim(),
      }),
    ),
  ];
  const eligible = campaign.eligiblePrincipals;
  if (eligible.length)
    commands.push(
      record(
        'recordPrincipal',
        C.recordPrincipal,
        [
          {
            name: 'basedOnInspectionId',
            label: F.eligiblePrincipal,
            help: F.eligiblePrincipalHelp,
            kind: 'select',
            required: true,
            options: eligible.map((p) => ({
              value: p.basedOnInspectionId,
              label: `${p.principalName} (${p.organisationNumber})`,
            })),
          },
          ...shared,
        ],
        { basedOnInspectionId: eligible[0].basedOnInspectionId },
        (v) => {
          const basis = eligible.find((p) => p.basedOnInspectionId === v.basedOnInspectionId) ?? eligible[0];
          return {
            ...report(v),
            level: 'PRINCIPAL' as const,
            principal: { organisationNumber: basis.organisationNumber, name: basis.principalName },
            basedOnInspectionId: basis.basedOnInspectionId,
          };
        },
      ),
    );
  return commands;
}
