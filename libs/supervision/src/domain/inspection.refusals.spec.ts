import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { fold } from '@samverkan/core/domain';
import { changed } from '@samverkan/core/testing/changed';
import { textOf, without } from '@samverkan/core/testing/edges';
import { inspectionDecider } from './inspection';
import { BasisInspection, CampaignStanding, InspectionCommand } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import {
  closed,
  commandOf,
  everyLaterCommand,
  findings,
  inspectionSpec as spec,
  metadata,
  municipality,
  PERSON,
  principalInspected,
  PRINCIPAL_INSPECTION_ID,
  recordPrincipalInspection,
  recordWorkplaceInspection,
  REQUIREMENT_ID as requirementId,
  requirementIssued,
  TOMORROW,
  WELFARE_ID as campaignId,
  welfareStanding,
  WORKPLACE_INSPECTION_ID as inspectionId,
  workplaceBasis,
  workplaceInspected,
} from './testing/supervision.fixtures';

/**
 * A refusal tells the client which inspection it refused (and, when it is recorded, in which
 * campaign) and what was at fault. A command that leaves a part out is refused by the rule that
 * part answers to, never with a crash.
 */

const inCampaign = (campaign: Partial<CampaignStanding>) =>
  recordWorkplaceInspection({ campaign: { ...welfareStanding, ...campaign } });
const onBasis = (basis: Partial<BasisInspection>) =>
  recordPrincipalInspection({ basis: { ...workplaceBasis, ...basis } });
const participate = changed(
  commandOf<InspectionCommand<'RecordFkParticipation'>>('RecordFkParticipation', {
    inspectionId,
    participantIds: [PERSON.fk],
    informedAbout: 'Stöd',
  }),
);
const recordFindings = (given: unknown[]): InspectionCommand =>
  commandOf('RecordFindings', { inspectionId, findings: given as typeof findings });
const issue = changed(
  commandOf<InspectionCommand<'IssueRequirement'>>('IssueRequirement', {
    inspectionId,
    requirementId,
    description: 'Krav',
    dueDate: '2025-12-01',
    issuedOn: '2025-09-20',
  }),
);
const followUp = changed(
  commandOf<InspectionCommand<'RecordFollowUp'>>('RecordFollowUp', {
    inspectionId,
    followedUpOn: '2025-11-10',
    note: 'Uppföljd',
    requirementsMet: true,
  }),
);
const close = (id = inspectionId): InspectionCommand =>
  commandOf('CloseInspection', { inspectionId: id, closedOn: '2025-11-18' });
const carryOver: InspectionCommand = { type: 'CarryOverInspection', data: { inspectionId }, metadata, reason: ' ' };

describe('A refused recording of an inspection names the inspection and its campaign', () => {
  it.each<[string, InspectionCommand, string, Record<string, unknown>]>([
    ['an unknown level', recordWorkplaceInspection({ level: 'REGION' as never }), 'INVALID_CHOICE', { field: 'level' }],
    [
      'an organisation number not written NNNNNN-NNNN',
      recordWorkplaceInspection({ principal: { ...municipality, organisationNumber: '2120001355' } }),
      'INVALID_ORGANISATION_NUMBER',
      {},
    ],
    [
      "a blank principal's name",
      recordWorkplaceInspection({ principal: { ...municipality, name: ' ' } }),
      'INVALID_TEXT',
      { field: 'principal.name' },
    ],
    ['a date tomorrow', recordWorkplaceInspection({ inspectedOn: TOMORROW }), 'DATE_IN_FUTURE', {}],
    [
      'a date before the period',
      recordWorkplaceInspection({ inspectedOn: '2025-04-30' }),
      'INSPECTION_OUTSIDE_PERIOD',
      {},
    ],
    [
      'a sector the campaign does not aim at',
      recordWorkplaceInspection({ sector: 'SCHOOL' }),
      'SECTOR_NOT_IN_CAMPAIGN',
      {},
    ],
    ['a blank region', recordWorkplaceInspection({ region: ' ' }), 'INVALID_TEXT', { field: 'region' }],
    [
      'no inspectors',
      recordWorkplaceInspection({ inspectorIds: [] }),
      'INSPECTORS_REQUIRED',
      { field: 'inspectorIds' },
    ],
    [
      'a blank inspector',
      recordWorkplaceInspection({ inspectorIds: [PERSON.inspector, ' '] }),
      'INVALID_ID',
      { field: 'inspectorIds', index: 1 },
    ],
    ['no workplace at workplace level', recordWorkplaceInspection({ workplace: ' ' }), 'WORKPLACE_REQUIRED', {}],
    [
      'a workplace longer than 200 characters at principal level',
      recordPrincipalInspection({ inspectionId, workplace: textOf(201) }),
      'INVALID_TEXT',
      { field: 'workplace', max: 200 },
    ],
    [
      'a basis without system deficiencies',
      recordPrincipalInspection({ inspectionId, basis: { ...workplaceBasis, systemDeficiencies: false } }),
      'PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES',
      { basedOnInspectionId: workplaceBasis.inspectionId },
    ],
    [
      'no basis',
      recordPrincipalInspection({ inspectionId, basis: undefined }),
      'PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES',
      { basedOnInspectionId: null },
    ],
    ['a campaign only planned', inCampaign({ status: 'PLANNED' }), 'CAMPAIGN_NOT_LAUNCHED', { status: 'PLANNED' }],
    ['a campaign concluded', inCampaign({ status: 'CONCLUDED' }), 'CAMPAIGN_CLOSED', { status: 'CONCLUDED' }],
  ])('when it has %s', (_, command, code, details) => {
    spec
      .given([])
      .when(command)
      .thenThrows(code, { details: { inspectionId, campaignId, ...details } });
  });

  it('names an inspection recorded before', () => {
    spec
      .given([workplaceInspected])
      .when(recordWorkplaceInspection())
      .thenThrows('INSPECTION_ALREADY_RECORDED', { details: { inspectionId } });
  });

  it('names a campaign that was not found', () => {
    spec
      .given([])
      .when(inCampaign({ status: 'NONE' }))
      .thenThrows('CAMPAIGN_NOT_FOUND', { details: { id: campaignId } });
  });
});

describe('A recording of an inspection that leaves a part out', () => {
  const whenRecord = spec.given([]).whenEach(recordWorkplaceInspection);

  it('is refused without its campaign, naming no campaign', () => {
    spec
      .given([])
      .when(without(recordWorkplaceInspection(), 'campaign'))
      .thenThrows('CAMPAIGN_NOT_FOUND', { details: { id: '' } });
  });

  it('is refused without its principal, sector or inspectors', () => {
    whenRecord({ principal: undefined }).thenThrows('INVALID_ORGANISATION_NUMBER');
    whenRecord({ sector: undefined }).thenThrows('SECTOR_NOT_IN_CAMPAIGN', { details: { sector: null } });
    whenRecord({ inspectorIds: undefined }).thenThrows('INSPECTORS_REQUIRED');
  });

  it.each([
    ['a blank id', { inspectionId: ' ' }],
    ['an id that is not text', { inspectionId: 42 as never }],
  ])('is refused at principal level on a basis with %s, as naming none', (_, basis) => {
    spec
      .given([])
      .when(onBasis(basis))
      .thenThrows('PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES', { details: { reason: 'NO_BASIS' } });
  });

  it('leaves out a workplace named only by spaces at principal level', () => {
    spec
      .given([])
      .when(recordPrincipalInspection({ workplace: '   ' }))
      .then([principalInspected]);
  });

  it("reads the basis' organisation number trimmed, and a missing one as another principal", () => {
    const padded = ` ${municipality.organisationNumber} `;
    spec
      .given([])
      .when(onBasis({ principalOrganisationNumber: padded }))
      .then([principalInspected]);
    spec
      .given([])
      .when(onBasis({ principalOrganisationNumber: undefined }))
      .thenThrows('PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES', { details: { reason: 'OTHER_PRINCIPAL' } });
  });

  it('records no workplace field at principal level when none is named, and no basis at workplace level', () => {
    const [principal] = recordedBy(recordPrincipalInspection());
    expect(principal.data).not.toHaveProperty('workplace');
    const [workplace] = recordedBy(recordWorkplaceInspection());
    expect(workplace.data).not.toHaveProperty('basedOnInspectionId');
  });
});

describe('A refused command on an inspection names the inspection', () => {
  const given = [workplaceInspected];
  itRefusesEach(
    spec,
    [
      [
        'participation by no one',
        given,
        participate({ participantIds: [] }),
        'PARTICIPANTS_REQUIRED',
        { field: 'participantIds' },
      ],
      ['participation by a blank id', given, participate({ participantIds: [' '] }), 'INVALID_ID', { index: 0 }],
      [
        'participation informing about more than 4000 characters',
        given,
        participate({ informedAbout: textOf(4001) }),
        'INVALID_TEXT',
        { field: 'informedAbout' },
      ],
      ['no findings', given, recordFindings([]), 'FINDINGS_REQUIRED', {}],
      [
        'a finding without a description',
        given,
        recordFindings([{ area: 'Introduktion', description: ' ' }]),
        'INVALID_FINDING',
        { index: 0, field: 'description' },
      ],
      [
        'a finding whose area is longer than 200 characters',
        given,
        recordFindings([findings[0], { ...findings[1], area: textOf(201) }]),
        'INVALID_TEXT',
        { index: 1, field: 'findings.area', max: 200 },
      ],
      [
        'a finding whose description is longer than 4000 characters',
        given,
        recordFindings([{ ...findings[1], description: textOf(4001) }]),
        'INVALID_TEXT',
        { index: 0, field: 'findings.description', max: 4000 },
      ],
      ['a requirement with a blank id', given, issue({ requirementId: ' ' }), 'INVALID_ID', { field: 'requirementId' }],
      [
        'a requirement issued before',
        [...given, requirementIssued()],
        issue({}),
        'REQUIREMENT_ALREADY_ISSUED',
        { requirementId },
      ],
      [
        'a requirement without a description',
        given,
        issue({ description: '' }),
        'INVALID_TEXT',
        { field: 'description' },
      ],
      ['a requirement issued before the inspection', given, issue({ issuedOn: '2025-09-09' }), 'BEFORE_INSPECTION', {}],
      [
        'a requirement due on no real date',
        given,
        issue({ dueDate: '2025-11-31' }),
        'INVALID_DATE',
        { field: 'dueDate' },
      ],
      [
        'a requirement due before it is issued',
        given,
        issue({ dueDate: '2025-09-19' }),
        'DUE_BEFORE_ISSUED',
        { requirementId, earliest: '2025-09-20' },
      ],
      ['a follow-up tomorrow', given, followUp({ followedUpOn: TOMORROW }), 'DATE_IN_FUTURE', {}],
      ['a follow-up without a note', given, followUp({ note: ' ' }), 'INVALID_TEXT', { field: 'note' }],
      [
        'a close with a requirement no follow-up found met',
        [...given, requirementIssued()],
        close(),
        'REQUIREMENTS_NOT_FOLLOWED_UP',
        {},
      ],
      ['a carry-over without a reason', given, carryOver, 'REASON_REQUIRED', {}],
      ['a command once it is closed', [...given, closed()], close(), 'INSPECTION_CLOSED', { status: 'CLOSED' }],
    ] satisfies Refusal<InspectionCommand, InspectionEvent>[],
    { inspectionId },
  );

  it('names a principal-level inspection closed without FK', () => {
    spec
      .given([principalInspected])
      .when(close(PRINCIPAL_INSPECTION_ID))
      .thenThrows('FK_PARTICIPATION_REQUIRED', { details: { inspectionId: PRINCIPAL_INSPECTION_ID } });
  });

  it('names an inspection that was not found', () => {
    for (const command of everyLaterCommand()) {
      spec
        .given([])
        .when(command)
        .thenThrows('INSPECTION_NOT_FOUND', { details: { id: inspectionId } });
    }
  });
});

describe('A command on an inspection that leaves a part out', () => {
  it('is refused participation naming no one', () => {
    spec
      .given([workplaceInspected])
      .when(without(participate({}), 'participantIds'))
      .thenThrows('PARTICIPANTS_REQUIRED');
  });

  it('is refused without findings, or with a finding that is missing or not text', () => {
    const whenRecordFindings = spec.given([workplaceInspected]).whenEach(recordFindings);
    spec
      .given([workplaceInspected])
      .when(without(recordFindings([]), 'findings'))
      .thenThrows('FINDINGS_REQUIRED');
    whenRecordFindings([undefined]).thenThrows('INVALID_FINDING', { field: 'area' });
    whenRecordFindings([{ area: 7, description: 'Rutin saknas' }]).thenThrows('INVALID_FINDING', { field: 'area' });
    whenRecordFindings([{ area: 'Introduktion', description: 7 }]).thenThrows('INVALID_FINDING', {
      field: 'description',
    });
  });
});

describe('A refusal explains itself in words people read', () => {
  const messageOf = (events: InspectionEvent[], command: InspectionCommand): string => {
    try {
      recordedBy(command, events);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${command.type} was not refused`);
  };

  it('counts findings from one and names the missing part', () => {
    const blankArea = { area: ' ', description: 'Rutin saknas' };
    const blankDescription = { area: 'Introduktion', description: '' };
    expect(messageOf([workplaceInspected], recordFindings([blankArea]))).toBe('Finding 1 needs an area');
    expect(messageOf([workplaceInspected], recordFindings([findings[0], blankDescription]))).toBe(
      'Finding 2 needs a description',
    );
  });

  it('names the status in lower case words', () => {
    const carried = { ...closed(), type: 'InspectionCarriedOver', data: { inspectionId, campaignId, reason: 'Skäl' } };
    expect(messageOf([workplaceInspected, carried as InspectionEvent], carryOver)).toBe(
      `Inspection ${inspectionId} is carried over`,
    );
    expect(messageOf([], inCampaign({ status: 'EVALUATED' }))).toBe(`Campaign ${campaignId} is evaluated`);
  });
});

function recordedBy(command: InspectionCommand, given: InspectionEvent[] = []): InspectionEvent[] {
  return inspectionDecider.decide(command, fold(inspectionDecider, given));
}
