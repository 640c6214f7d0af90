import { fold } from '@samverkan/core/domain';
import { inspectionDecider, inspectionStream } from './inspection';
import { InspectionCommand } from './inspection.commands';
import { Finding } from './supervision.model';
import {
  carriedOver,
  closed,
  commandOf,
  everyLaterCommand,
  findings,
  findingsRecorded,
  fkParticipated,
  followedUp,
  inspectionSpec as spec,
  metadata,
  municipality,
  PERSON,
  PRINCIPAL_INSPECTION_ID,
  principalInspected,
  REQUIREMENT_ID as requirementId,
  requirementIssued,
  TODAY,
  TOMORROW,
  WELFARE_ID as campaignId,
  WORKPLACE_INSPECTION_ID as inspectionId,
  workplaceInspected,
} from './testing/supervision.fixtures';

const informedAbout = fkParticipated().data.informedAbout;
const participate = (
  participantIds: string[],
  about = informedAbout,
  id = PRINCIPAL_INSPECTION_ID,
): InspectionCommand => commandOf('RecordFkParticipation', { inspectionId: id, participantIds, informedAbout: about });
const recordFindings = (given: Finding[], id = inspectionId): InspectionCommand =>
  commandOf('RecordFindings', { inspectionId: id, findings: given });
const issue = (
  data: Partial<InspectionCommand<'IssueRequirement'>['data']> = {},
): InspectionCommand<'IssueRequirement'> =>
  commandOf('IssueRequirement', {
    inspectionId,
    requirementId,
    description: requirementIssued().data.description,
    dueDate: '2025-12-01',
    issuedOn: '2025-09-20',
    ...data,
  });
const followUp = (
  followedUpOn = '2025-11-10',
  note = followedUp().data.note,
  requirementsMet = true,
): InspectionCommand => commandOf('RecordFollowUp', { inspectionId, followedUpOn, note, requirementsMet });
const anOpenWorkplaceInspection = [workplaceInspected];
const anOpenPrincipalInspection = [principalInspected];

const close = (closedOn = '2025-11-18', id = inspectionId): InspectionCommand =>
  commandOf('CloseInspection', { inspectionId: id, closedOn });
const carryOver = (reason?: string): InspectionCommand => ({
  type: 'CarryOverInspection',
  data: { inspectionId },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const withRequirement = [workplaceInspected, requirementIssued()];

describe('Inspection', () => {
  describe('when FK takes part', () => {
    const whenParticipate = spec.given(anOpenPrincipalInspection).whenEach(participate);

    it('records who took part and what they informed about, at principal level', () => {
      whenParticipate([PERSON.fk], ` ${informedAbout} `).then([fkParticipated()]);
    });

    it('records FK at a workplace inspection too', () => {
      spec
        .given(anOpenWorkplaceInspection)
        .when(participate([PERSON.fk], informedAbout, inspectionId))
        .then([fkParticipated([PERSON.fk], inspectionId)]);
    });

    it('records only the people not recorded before, and keeps everyone', () => {
      const given = [...anOpenPrincipalInspection, fkParticipated()];
      spec
        .given(given)
        .when(participate([PERSON.fk, PERSON.fk2, PERSON.fk2]))
        .then([fkParticipated([PERSON.fk2])]);
      const state = fold(inspectionDecider, [...given, fkParticipated([PERSON.fk2])]);
      expect(state).toMatchObject({ fkParticipantIds: [PERSON.fk, PERSON.fk2] });
    });

    it('treats people all recorded before as done', () => {
      spec
        .given([...anOpenPrincipalInspection, fkParticipated()])
        .when(participate([PERSON.fk]))
        .thenNothingHappened();
    });

    it('rejects a participation that names no one, or what FK informed about', () => {
      whenParticipate([]).thenThrows('PARTICIPANTS_REQUIRED');
      whenParticipate([' ']).thenThrows('INVALID_ID');
      whenParticipate([PERSON.fk], ' ').thenThrows('INVALID_TEXT');
    });
  });

  describe('when findings are recorded', () => {
    const whenRecordFindings = spec.given(anOpenWorkplaceInspection).whenEach(recordFindings);

    it('records them with campaign, level and principal, flagging system deficiencies', () => {
      const padded = findings.map((f) => ({ ...f, area: ` ${f.area}`, description: `${f.description}\n` }));
      whenRecordFindings(padded).then([findingsRecorded()]);
      expect(findingsRecorded().data).toMatchObject({
        campaignId,
        level: 'WORKPLACE',
        principalOrganisationNumber: municipality.organisationNumber,
        systemDeficiencies: true,
      });
    });

    it('records findings without a system deficiency as such', () => {
      const plain = findings.slice(1);
      whenRecordFindings(plain).then([findingsRecorded(plain)]);
      expect(findingsRecorded(plain).data.systemDeficiencies).toBe(false);
    });

    it('records findings at principal level with that level', () => {
      const event = findingsRecorded(findings, PRINCIPAL_INSPECTION_ID);
      spec.given(anOpenPrincipalInspection).when(recordFindings(findings, PRINCIPAL_INSPECTION_ID)).then([event]);
      expect(event.data.level).toBe('PRINCIPAL');
    });

    it('rejects an empty list of findings', () => {
      whenRecordFindings([]).thenThrows('FINDINGS_REQUIRED');
    });

    it.each([
      ['area', { area: ' ', description: 'Rutin saknas', systemDeficiency: false }],
      ['description', { area: 'Arbetsanpassning', description: '', systemDeficiency: true }],
    ])('rejects a finding with a blank %s, naming its place', (field, finding) => {
      const command = recordFindings([findings[0], finding]);
      spec
        .given(anOpenWorkplaceInspection)
        .when(command)
        .thenThrows('INVALID_FINDING', { details: { index: 1, field } });
    });

    it('keeps system deficiencies found once, whatever later findings say', () => {
      const events = [...anOpenWorkplaceInspection, findingsRecorded(), findingsRecorded(findings.slice(1))];
      expect(fold(inspectionDecider, events)).toMatchObject({
        systemDeficiencies: true,
        findings: [...findings, ...findings.slice(1)],
      });
      expect(fold(inspectionDecider, anOpenWorkplaceInspection)).toMatchObject({
        systemDeficiencies: false,
        findings: [],
      });
    });
  });

  describe('when a requirement is issued', () => {
    it('records it with its due date', () => {
      spec
        .given(anOpenWorkplaceInspection)
        .when(issue({ description: ` ${requirementIssued().data.description} ` }))
        .then([requirementIssued()]);
    });

    it('is due on the day it is issued at the earliest', () => {
      const whenIssue = spec.given(anOpenWorkplaceInspection).whenEach(issue);
      whenIssue({ dueDate: '2025-09-20' }).then([requirementIssued(requirementId, '2025-09-20', '2025-09-20')]);
      whenIssue({ dueDate: '2025-09-19' }).thenThrows('DUE_BEFORE_ISSUED');
      whenIssue({ dueDate: '2025-11-31' }).thenThrows('INVALID_DATE');
    });

    it('is issued on the day of the inspection at the earliest, and today at the latest', () => {
      const onTheDay = requirementIssued(requirementId, '2025-09-10');
      const whenIssue = spec.given(anOpenWorkplaceInspection).whenEach(issue);
      whenIssue({ issuedOn: '2025-09-10' }).then([onTheDay]);
      whenIssue({ issuedOn: '2025-09-09' }).thenThrows('BEFORE_INSPECTION');
      whenIssue({ issuedOn: TOMORROW, dueDate: '2025-12-31' }).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a requirement id issued before in the inspection', () => {
      const whenIssue = spec.given([...anOpenWorkplaceInspection, requirementIssued()]).whenEach(issue);
      whenIssue().thenThrows('REQUIREMENT_ALREADY_ISSUED');
      whenIssue({ requirementId: 'krav-02' }).then([requirementIssued('krav-02')]);
    });

    it('rejects a requirement without a description or an id', () => {
      const whenIssue = spec.given(anOpenWorkplaceInspection).whenEach(issue);
      whenIssue({ description: ' ' }).thenThrows('INVALID_TEXT');
      whenIssue({ requirementId: '' }).thenThrows('INVALID_ID');
    });
  });

  describe('when it is followed up', () => {
    const whenFollowUp = spec.given(anOpenWorkplaceInspection).whenEach(followUp);

    it('records the follow-up and whether the requirements are met', () => {
      whenFollowUp().then([followedUp()]);
      whenFollowUp(TODAY, 'Ej klart', false).then([
        {
          type: 'FollowUpRecorded',
          data: { inspectionId, campaignId, followedUpOn: TODAY, note: 'Ej klart', requirementsMet: false },
        },
      ]);
    });

    it('is followed up on the day of the inspection at the earliest, and today at the latest', () => {
      whenFollowUp('2025-09-10').then([followedUp(true, '2025-09-10')]);
      whenFollowUp('2025-09-09').thenThrows('BEFORE_INSPECTION');
      whenFollowUp(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a follow-up without a note', () => {
      whenFollowUp(TODAY, ' ').thenThrows('INVALID_TEXT');
    });

    it('applies its verdict to the requirements issued before it', () => {
      const events = [
        ...anOpenWorkplaceInspection,
        requirementIssued(),
        followedUp(),
        requirementIssued('krav-02', '2025-11-12'),
      ];
      expect(fold(inspectionDecider, events)).toMatchObject({
        requirements: [
          { requirementId, dueDate: '2025-12-01', met: true },
          { requirementId: 'krav-02', dueDate: '2025-12-01', met: false },
        ],
        followUps: [{ followedUpOn: '2025-11-10', requirementsMet: true }],
      });
    });
  });

  describe('when it is closed', () => {
    it('closes a workplace inspection that issued no requirements', () => {
      spec.given([workplaceInspected, findingsRecorded()]).when(close()).then([closed()]);
    });

    it('closes on the day of the inspection at the earliest, and today at the latest', () => {
      const whenClose = spec.given([workplaceInspected]).whenEach(close);
      whenClose('2025-09-10').then([closed(inspectionId, '2025-09-10')]);
      whenClose('2025-09-09').thenThrows('BEFORE_INSPECTION');
      whenClose(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('closes a principal-level inspection only with FK participation recorded', () => {
      spec
        .given([principalInspected])
        .when(close(TODAY, PRINCIPAL_INSPECTION_ID))
        .thenThrows('FK_PARTICIPATION_REQUIRED');
      spec
        .given([principalInspected, fkParticipated()])
        .when(close(TODAY, PRINCIPAL_INSPECTION_ID))
        .then([closed(PRINCIPAL_INSPECTION_ID, TODAY)]);
    });

    it('closes once a follow-up found the requirements met', () => {
      spec
        .given([...withRequirement, followedUp()])
        .when(close())
        .then([closed()]);
    });

    it('rejects a close while a requirement has no follow-up, naming it', () => {
      spec
        .given(withRequirement)
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP', { details: { requirementIds: [requirementId] } });
    });

    it('rejects a close when the latest follow-up found the requirements not met', () => {
      spec
        .given([...withRequirement, followedUp(false)])
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP');
      spec
        .given([...withRequirement, followedUp(true), followedUp(false, TODAY)])
        .when(close(TODAY))
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP');
    });

    it('rejects a close while a requirement issued after the last follow-up waits for one', () => {
      const events = [...withRequirement, followedUp(), requirementIssued('krav-02', '2025-11-12')];
      spec
        .given(events)
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP', { details: { requirementIds: ['krav-02'] } });
    });
  });

  describe('when it is carried over', () => {
    it('carries over an open inspection by a decision, keeping the reason', () => {
      spec.given(withRequirement).when(carryOver(' Kraven följs upp efter kampanjen ')).then([carriedOver()]);
    });

    it('rejects a carry-over without a reason', () => {
      for (const reason of [undefined, ' '])
        spec.given([workplaceInspected]).when(carryOver(reason)).thenThrows('REASON_REQUIRED');
    });
  });

  describe('once it is closed', () => {
    const events = [workplaceInspected, closed()];
    it('rejects every later command, naming its status', () => {
      for (const command of everyLaterCommand()) {
        spec
          .given(events)
          .when(command)
          .thenThrows('INSPECTION_CLOSED', { details: { status: 'CLOSED' } });
      }
    });
  });

  describe('once it is carried over', () => {
    it('goes on after the campaign: its requirement is followed up and it closes', () => {
      const carried = [...withRequirement, carriedOver()];
      spec
        .given(carried)
        .when({
          type: 'RecordFollowUp',
          data: {
            inspectionId,
            followedUpOn: '2025-11-10',
            note: 'Riskbedömning inkommen och granskad',
            requirementsMet: true,
          },
          metadata,
        })
        .then([followedUp()]);
      spec
        .given([...carried, followedUp()])
        .when(close())
        .then([closed()]);
    });

    it('is not carried over twice', () => {
      const events = [workplaceInspected, carriedOver()];
      spec
        .given(events)
        .when(carryOver('Igen'))
        .thenThrows('INSPECTION_CLOSED', { details: { status: 'CARRIED_OVER' } });
    });
  });
});

describe('Inspection state', () => {
  it('holds what later commands need', () => {
    const { level, principal, workplace, sector, region, inspectedOn } = workplaceInspected.data;
    expect(fold(inspectionDecider, [workplaceInspected])).toEqual({
      status: 'OPEN',
      inspectionId,
      campaignId,
      level,
      principal,
      workplace,
      sector,
      region,
      inspectedOn,
      fkParticipantIds: [],
      findings: [],
      systemDeficiencies: false,
      requirements: [],
      followUps: [],
    });
    expect(fold(inspectionDecider, [principalInspected, fkParticipated()])).toMatchObject({
      level: 'PRINCIPAL',
      principal: municipality,
      basedOnInspectionId: inspectionId,
      fkParticipantIds: [PERSON.fk],
    });
    expect(fold(inspectionDecider, [workplaceInspected, closed()])).toMatchObject({
      status: 'CLOSED',
      closedOn: '2025-11-18',
    });
    expect(fold(inspectionDecider, [workplaceInspected, carriedOver()])).toMatchObject({
      status: 'CARRIED_OVER',
      carryOverReason: 'Kraven följs upp efter kampanjen',
    });
  });

  it('names the stream with the inspection category', () => {
    expect(inspectionStream(inspectionId)).toBe('inspection-insp-2025-0001');
  });
});
