import { changed } from '@samverkan/core/testing/changed';
import { fold } from '@samverkan/core/domain';
import { CitedInspection, DialogueTopic } from './dialogue.model';
import { dialogueMeetingDecider, dialogueMeetingStream } from './dialogue-meeting';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';

import {
  aDialogueWithBothAgencies,
  aDialogueWithOutcomes,
  aPlannedDialogue,
  AREA,
  cancelDialogue,
  careCompany,
  dialogueMeetingSpec as spec,
  dialoguePlanned,
  followUpRecorded,
  holdDialogue,
  INSPECTION_ID,
  MEETING_ID as meetingId,
  municipality,
  otherRegion,
  outcomes,
  participantsRecorded,
  PERSON,
  planDialogue,
  recordFollowUp,
  recordOutcomes,
  recordParticipants,
} from './testing/dialogue.fixtures';

const plan = changed(planDialogue);
const plannedWith = changed(dialoguePlanned);
const citing = (citedInspectionId: string, cited: CitedInspection[] = planDialogue.data.citedInspections) =>
  plan({ topics: [{ title: 'Iakttagelser från tillsynen', citedInspectionId }], citedInspections: cited });

describe('Dialogue meeting', () => {
  describe('when it is not planned', () => {
    it('is planned with selected employers, its audiences and topics citing their inspections', () => {
      spec.given([]).when(planDialogue).then([dialoguePlanned]);
    });

    it('trims its area, employers, topics and the selected numbers it is checked against', () => {
      const padded = plan({
        area: ` ${AREA}\n`,
        employers: [
          { organisationNumber: ` ${municipality.organisationNumber}`, name: ` ${municipality.name}` },
          { organisationNumber: careCompany.organisationNumber, name: `${careCompany.name} ` },
        ],
        topics: planDialogue.data.topics.map((topic) => ({ ...topic, title: ` ${topic.title} ` })),
        selectedInArea: [` ${municipality.organisationNumber} `, careCompany.organisationNumber],
        plannedOn: ' 2025-10-15',
      });
      spec.given([]).when(padded).then([dialoguePlanned]);
    });

    const whenPlan = spec.given([]).whenEach(plan);

    it('is planned for a day ahead, without topics yet', () => {
      whenPlan({ plannedOn: '2026-03-10', topics: [] }).then([plannedWith({ plannedOn: '2026-03-10', topics: [] })]);
    });

    it('names each audience once', () => {
      const audiences = ['HR', 'MANAGERS', 'HR'] as DialogueMeetingCommand<'PlanDialogueMeeting'>['data']['audiences'];
      whenPlan({ audiences }).then([dialoguePlanned]);
    });

    it('plans a leadership dialogue with employers nobody selected', () => {
      const leadership = {
        kind: 'LEADERSHIP' as const,
        employers: [otherRegion],
        audiences: ['SENIOR_MANAGEMENT' as const],
        topics: [],
      };
      whenPlan({ ...leadership, selectedInArea: [], citedInspections: [] }).then([plannedWith(leadership)]);
    });

    it('rejects a targeted dialogue with an employer not selected in the area, naming it', () => {
      const command = plan({ selectedInArea: [municipality.organisationNumber] });
      spec
        .given([])
        .when(command)
        .thenThrows('EMPLOYER_NOT_SELECTED', { details: { organisationNumber: careCompany.organisationNumber } });
      whenPlan({ selectedInArea: undefined as never }).thenThrows('EMPLOYER_NOT_SELECTED');
    });

    it('rejects a meeting without employers, or with one employer twice', () => {
      whenPlan({ employers: [] }).thenThrows('EMPLOYER_REQUIRED');
      const twice = plan({
        employers: [municipality, careCompany, { ...municipality, name: 'Exempelby kommun (HR)' }],
      });
      spec
        .given([])
        .when(twice)
        .thenThrows('DUPLICATE_EMPLOYER', { details: { organisationNumber: municipality.organisationNumber } });
    });

    it('rejects an employer with a malformed number or no name', () => {
      whenPlan({ employers: [{ ...municipality, organisationNumber: '2120000142' }] }).thenThrows(
        'INVALID_ORGANISATION_NUMBER',
      );
      whenPlan({ employers: [{ ...municipality, name: ' ' }] }).thenThrows('INVALID_TEXT');
    });

    it('rejects a meeting without an audience, or with an unknown audience or kind', () => {
      whenPlan({ audiences: [] }).thenThrows('AUDIENCE_REQUIRED');
      whenPlan({ audiences: ['HR', 'UNIONS' as never] }).thenThrows('INVALID_CHOICE');
      whenPlan({ kind: 'INFORMAL' as never }).thenThrows('INVALID_CHOICE');
    });

    it('rejects a blank area, a padded meeting id and an impossible date', () => {
      whenPlan({ area: ' ' }).thenThrows('INVALID_TEXT');
      whenPlan({ meetingId: ` ${meetingId}` }).thenThrows('INVALID_ID');
      whenPlan({ plannedOn: '2025-09-31' }).thenThrows('INVALID_DATE');
    });

    it('rejects a topic without a title, naming its index (counted from one for the reader)', () => {
      const command = plan({ topics: [planDialogue.data.topics[1], { title: ' ' } as DialogueTopic] });
      spec
        .given([])
        .when(command)
        .thenThrows('INVALID_TOPIC', { details: { index: 1, field: 'title' }, message: /^Topic 2 / });
    });

    it('rejects citing an inspection that was not found, or does not exist', () => {
      const whenCiting = spec.given([]).whenEach(citing);
      whenCiting('insp-2025-0099').thenThrows('CITED_INSPECTION_NOT_FOUND');
      const gone = [{ ...planDialogue.data.citedInspections[0], exists: false }];
      whenCiting(INSPECTION_ID, gone).thenThrows('CITED_INSPECTION_NOT_FOUND');
      whenCiting(` ${INSPECTION_ID}`).thenThrows('INVALID_ID');
    });

    it('rejects citing an inspection of an employer outside the meeting', () => {
      const ofOther = [
        { inspectionId: INSPECTION_ID, exists: true, principalOrganisationNumber: otherRegion.organisationNumber },
      ];
      const command = citing(INSPECTION_ID, ofOther);
      spec
        .given([])
        .when(command)
        .thenThrows('CITED_INSPECTION_OTHER_EMPLOYER', {
          details: { inspectionId: INSPECTION_ID, principalOrganisationNumber: otherRegion.organisationNumber },
        });
    });

    it('rejects every other command as not found', () => {
      for (const command of [
        recordParticipants(),
        holdDialogue(),
        cancelDialogue(),
        recordOutcomes(),
        recordFollowUp(),
      ]) {
        spec.given([]).when(command).thenThrows('DIALOGUE_MEETING_NOT_FOUND');
      }
    });
  });

  describe('when it is planned', () => {
    it('rejects planning it again', () => {
      spec.given(aPlannedDialogue).when(planDialogue).thenThrows('DIALOGUE_MEETING_ALREADY_PLANNED');
    });
  });
});

describe('Dialogue meeting state', () => {
  it('holds what was planned, who took part, when it was held and each outcome with its follow-ups', () => {
    expect(fold(dialogueMeetingDecider, [])).toEqual({ status: 'NONE' });
    const { meetingId: _, ...planned } = dialoguePlanned.data;
    expect(fold(dialogueMeetingDecider, [...aDialogueWithOutcomes, followUpRecorded()])).toEqual({
      status: 'HELD',
      meetingId,
      ...planned,
      participants: [
        { personId: PERSON.fk, agency: 'FK' },
        { personId: PERSON.av, agency: 'AV' },
      ],
      heldOn: '2025-10-15',
      employerParticipants: 18,
      outcomes: {
        'o-1': {
          ...outcomes[0],
          recordedOn: '2025-10-20',
          followUps: [{ followedUpOn: '2025-11-18', note: followUpRecorded().data.note, done: true }],
        },
        'o-2': { ...outcomes[1], recordedOn: '2025-10-20', followUps: [] },
      },
    });
  });

  it('replays a history that records a person twice with the person once', () => {
    const fk2 = { personId: PERSON.fk2, agency: 'FK' as const };
    const state = fold(dialogueMeetingDecider, [
      ...aDialogueWithBothAgencies,
      participantsRecorded([fk2, ...recordParticipants().data.participants]),
    ]);
    expect(state).toMatchObject({ participants: [...recordParticipants().data.participants, fk2] });
  });

  it('replays a follow-up of an outcome it does not hold as nothing', () => {
    const before = fold(dialogueMeetingDecider, aDialogueWithOutcomes);
    expect(fold(dialogueMeetingDecider, [...aDialogueWithOutcomes, followUpRecorded('o-9')])).toEqual(before);
  });

  it('names one stream per meeting', () => {
    expect(dialogueMeetingStream(meetingId)).toBe('dialogueMeeting-dlg-2025-vg-01');
  });
});
