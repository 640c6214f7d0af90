import { BasisInspection, CampaignStanding } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import {
  careCompany,
  everyLaterCommand,
  healthyStanding,
  HEALTHY_ID,
  inspectionSpec as spec,
  municipality,
  PERSON,
  principalInspected,
  PRINCIPAL_INSPECTION_ID,
  recordPrincipalInspection,
  recordWorkplaceInspection,
  TODAY,
  TOMORROW,
  welfareStanding,
  workplaceBasis,
  workplaceInspected,
} from './testing/supervision.fixtures';

const recorded = (
  data: Partial<InspectionEvent<'InspectionRecorded'>['data']>,
): InspectionEvent<'InspectionRecorded'> => ({
  ...workplaceInspected,
  data: { ...workplaceInspected.data, ...data },
});
const inCampaign = (campaign: Partial<CampaignStanding>) =>
  recordWorkplaceInspection({ campaign: { ...welfareStanding, ...campaign } });
const onBasis = (basis: Partial<BasisInspection>) =>
  recordPrincipalInspection({ basis: { ...workplaceBasis, ...basis } });
/** The welfare campaign as if it had ended on 30 September 2025, so that its last day is in the past. */
const endedInSeptember = { ...welfareStanding, period: { from: '2025-05-01', to: '2025-09-30' } };

describe('Inspection', () => {
  describe('when it is not recorded', () => {
    it('is recorded at a workplace in a launched campaign, by its inspectors', () => {
      spec.given([]).when(recordWorkplaceInspection()).then([workplaceInspected]);
    });

    it('trims principal, workplace and region, and counts an inspector once', () => {
      const command = recordWorkplaceInspection({
        principal: { organisationNumber: ' 212000-1355 ', name: ' Exempel kommun' },
        workplace: 'Hemtjänsten Centrum ',
        region: ' Skåne',
        inspectorIds: [PERSON.inspector, PERSON.inspector],
      });
      spec.given([]).when(command).then([workplaceInspected]);
    });

    it.each([
      ['on the first day of the period', '2025-05-01'],
      ['on the last day of the period', '2025-09-30'],
    ])('is recorded %s', (_, inspectedOn) => {
      const command = recordWorkplaceInspection({ campaign: endedInSeptember, inspectedOn });
      spec
        .given([])
        .when(command)
        .then([recorded({ inspectedOn })]);
    });

    it.each(['2025-04-30', '2025-10-01'])(
      'rejects an inspection on %s, outside the period, naming date and period',
      (inspectedOn) => {
        const command = recordWorkplaceInspection({ campaign: endedInSeptember, inspectedOn });
        spec
          .given([])
          .when(command)
          .thenThrows('INSPECTION_OUTSIDE_PERIOD', { details: { date: inspectedOn, period: endedInSeptember.period } });
      },
    );

    it('is recorded today at the latest, on a real date', () => {
      spec
        .given([])
        .when(recordWorkplaceInspection({ inspectedOn: TODAY }))
        .then([recorded({ inspectedOn: TODAY })]);
      spec
        .given([])
        .when(recordWorkplaceInspection({ inspectedOn: TOMORROW }))
        .thenThrows('DATE_IN_FUTURE');
      spec
        .given([])
        .when(recordWorkplaceInspection({ inspectedOn: '2025-09-31' }))
        .thenThrows('INVALID_DATE');
    });

    it('is recorded in a sector the campaign aims at in the year of the inspection', () => {
      const command = recordWorkplaceInspection({
        campaign: healthyStanding,
        sector: 'PRIMARY_CARE',
        principal: careCompany,
      });
      spec
        .given([])
        .when(command)
        .then([recorded({ campaignId: HEALTHY_ID, sector: 'PRIMARY_CARE', principal: careCompany })]);
      const in2026 = { ...command, data: { ...command.data, sector: 'INDUSTRY' as const, inspectedOn: '2026-02-03' } };
      const then = { now: new Date('2026-03-01T10:00:00Z') };
      const event = recorded({
        campaignId: HEALTHY_ID,
        sector: 'INDUSTRY',
        principal: careCompany,
        inspectedOn: '2026-02-03',
      });
      spec
        .given([])
        .when({ ...in2026, metadata: then })
        .then([event]);
    });

    it("rejects a sector the campaign aims at only in another year, naming the year's sectors", () => {
      const command = recordWorkplaceInspection({ campaign: healthyStanding, sector: 'INDUSTRY' });
      spec
        .given([])
        .when(command)
        .thenThrows('SECTOR_NOT_IN_CAMPAIGN', {
          details: { sector: 'INDUSTRY', year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'] },
        });
    });

    it('rejects an inspection in a year that has no sectors planned', () => {
      const command = inCampaign({ sectorsByYear: [{ year: 2026, sectors: ['HOME_CARE'], preliminary: false }] });
      spec
        .given([])
        .when(command)
        .thenThrows('SECTOR_NOT_IN_CAMPAIGN', { details: { year: 2025, sectors: [] } });
    });

    it.each([
      ['NONE', 'CAMPAIGN_NOT_FOUND'],
      ['PLANNED', 'CAMPAIGN_NOT_LAUNCHED'],
      ['CONCLUDED', 'CAMPAIGN_CLOSED'],
      ['EVALUATED', 'CAMPAIGN_CLOSED'],
    ] as const)('rejects an inspection in a campaign that is %s', (status, code) => {
      spec.given([]).when(inCampaign({ status })).thenThrows(code);
    });

    it('rejects an inspection without inspectors, or with a blank one', () => {
      spec
        .given([])
        .when(recordWorkplaceInspection({ inspectorIds: [] }))
        .thenThrows('INSPECTORS_REQUIRED');
      spec
        .given([])
        .when(recordWorkplaceInspection({ inspectorIds: [PERSON.inspector, ' '] }))
        .thenThrows('INVALID_ID');
    });

    it('rejects a workplace-level inspection without the name of the workplace', () => {
      for (const workplace of [undefined, ' ']) {
        spec.given([]).when(recordWorkplaceInspection({ workplace })).thenThrows('WORKPLACE_REQUIRED');
      }
    });

    it('rejects an unknown level', () => {
      spec
        .given([])
        .when(recordWorkplaceInspection({ level: 'REGION' as never }))
        .thenThrows('INVALID_CHOICE');
    });

    it.each([
      ['INVALID_ORGANISATION_NUMBER', { principal: { ...municipality, organisationNumber: '2120001355' } }],
      ['INVALID_TEXT', { principal: { ...municipality, name: ' ' } }],
      ['INVALID_TEXT', { region: '' }],
      ['INVALID_ID', { inspectionId: ' ' }],
    ])('rejects %s in the inspection', (code, data) => {
      spec.given([]).when(recordWorkplaceInspection(data)).thenThrows(code);
    });

    it('is recorded at principal level on an earlier workplace inspection of the same principal with system deficiencies', () => {
      spec.given([]).when(recordPrincipalInspection()).then([principalInspected]);
    });

    it('keeps a workplace named at principal level, which it does not need', () => {
      const event = {
        ...principalInspected,
        data: { ...principalInspected.data, workplace: 'Vård- och omsorgsförvaltningen' },
      };
      spec
        .given([])
        .when(recordPrincipalInspection({ workplace: ' Vård- och omsorgsförvaltningen' }))
        .then([event]);
    });

    it.each([
      ['NO_BASIS', recordPrincipalInspection({ basis: undefined })],
      ['BASIS_NOT_FOUND', onBasis({ exists: false })],
      ['BASIS_NOT_WORKPLACE', onBasis({ level: 'PRINCIPAL' })],
      ['OTHER_CAMPAIGN', onBasis({ campaignId: HEALTHY_ID })],
      ['OTHER_PRINCIPAL', onBasis({ principalOrganisationNumber: careCompany.organisationNumber })],
      ['NOT_EARLIER', onBasis({ inspectedOn: '2025-10-15' })],
      ['NOT_EARLIER', onBasis({ inspectedOn: '2025-10-16' })],
      ['NO_SYSTEM_DEFICIENCIES', onBasis({ systemDeficiencies: false })],
    ])('rejects a principal-level inspection whose basis fails %s', (reason, command) => {
      spec
        .given([])
        .when(command)
        .thenThrows('PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES', {
          details: { inspectionId: PRINCIPAL_INSPECTION_ID, reason },
        });
    });

    it('builds on a workplace inspection the day before', () => {
      const event = { ...principalInspected, data: { ...principalInspected.data, inspectedOn: '2025-09-11' } };
      spec
        .given([])
        .when(recordPrincipalInspection({ inspectedOn: '2025-09-11' }))
        .then([event]);
    });

    it('rejects every other command as not found', () => {
      for (const command of everyLaterCommand()) spec.given([]).when(command).thenThrows('INSPECTION_NOT_FOUND');
    });
  });

  describe('when it is recorded', () => {
    it('rejects recording it again', () => {
      spec.given([workplaceInspected]).when(recordWorkplaceInspection()).thenThrows('INSPECTION_ALREADY_RECORDED');
    });
  });
});
