import { endpointSpecification, GivenStream, TestSender } from '@samverkan/core/testing/endpoint-specification';
import { AV_INSPECTOR, STEERING_GROUP, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { InspectionEvent, inspectionStream, supervisionModuleEvents } from '@samverkan/supervision';
import { dialogueMeetingStream, dialogueModuleEvents, selectionStream } from '../domain';
import {
  aCancelledDialogue,
  aHeldDialogue,
  AREA,
  dialoguePlanned,
  employerSelected,
  INSPECTION_ID,
  MEETING_ID,
  municipality,
  outcomes,
  planDialogue,
  SELECTION_ID,
  selectedCareCompany,
  selectedMunicipality,
} from '../domain/testing/dialogue.fixtures';
import { dialogueMeetingEndpoint, MeetingPlan } from './dialogue-meeting.endpoint';
import { dialogueMeetingIdFor, dialogueOutcomeIdFor, dialogueParticipantId } from './dialogue.ids';

const spec = endpointSpecification(dialogueMeetingEndpoint, [dialogueModuleEvents, supervisionModuleEvents]);

/** Both employers selected in the area and year, and the inspection the first topic cites, of the municipality. */
const selection: GivenStream = {
  stream: selectionStream(SELECTION_ID),
  events: [employerSelected(selectedMunicipality), employerSelected(selectedCareCompany)],
};
const inspected: InspectionEvent = {
  type: 'InspectionRecorded',
  data: {
    inspectionId: INSPECTION_ID,
    campaignId: 'c-1',
    level: 'WORKPLACE',
    principal: municipality,
    workplace: 'Hemtjänsten',
    sector: 'HOME_CARE',
    region: AREA,
    inspectedOn: '2025-09-10',
    inspectorIds: ['person-av-01'],
  },
};
const citedInspection: GivenStream = { stream: inspectionStream(INSPECTION_ID), events: [inspected] };
const meeting = (events: typeof aHeldDialogue): GivenStream => ({ stream: dialogueMeetingStream(MEETING_ID), events });

const { meetingId: _, selectedInArea: __, citedInspections: ___, ...planned } = planDialogue.data;
/** The fixtures' meeting as planned, the municipality's number typed without the dash. */
const typed = { ...municipality, organisationNumber: municipality.organisationNumber.replace('-', '') };
const plan = (data: Partial<MeetingPlan> = {}) => ({
  type: 'PlanDialogueMeeting' as const,
  data: { ...planned, employers: [typed, planned.employers[1]], ...data },
});
const leadership = plan({ kind: 'LEADERSHIP', topics: [{ title: 'Ledarskap och sjukfrånvaro' }] });

describe('The dialogue meeting endpoint', () => {
  describe('when a meeting is planned', () => {
    it('reads who is selected and the cited inspection, and plans it under the id the command id gives it', () =>
      spec
        .given([selection, citedInspection])
        .when(plan(), AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
        .then([
          { ...dialoguePlanned, data: { ...dialoguePlanned.data, meetingId: dialogueMeetingIdFor(TEST_COMMAND_ID) } },
        ]));

    it('lets the steering group plan a leadership dialogue', () =>
      spec
        .given()
        .when(leadership, STEERING_GROUP, { commandId: TEST_COMMAND_ID })
        .then([
          {
            type: 'DialogueMeetingPlanned',
            data: {
              ...planned,
              ...leadership.data,
              employers: planned.employers,
              meetingId: dialogueMeetingIdFor(TEST_COMMAND_ID),
            },
          },
        ]));

    it('refuses an area that is not a configured region, at its field', () =>
      spec
        .given([selection, citedInspection])
        .when(plan({ area: 'Atlantis' }), AV_INSPECTOR)
        .thenThrows('BAD_USER_INPUT', { field: 'area' }));

    it.each<[string, GivenStream[], TestSender, string]>([
      ['forbids the steering group a targeted dialogue', [selection, citedInspection], STEERING_GROUP, 'FORBIDDEN'],
      [
        'refuses a targeted dialogue with an employer not selected in the area that year',
        [citedInspection],
        AV_INSPECTOR,
        'EMPLOYER_NOT_SELECTED',
      ],
      [
        'refuses a topic citing an inspection supervision never recorded',
        [selection],
        AV_INSPECTOR,
        'CITED_INSPECTION_NOT_FOUND',
      ],
    ])('%s', (_, given, by, code) => spec.given(given).when(plan(), by).thenThrows(code));
  });

  describe('when participants are recorded', () => {
    const others = [{ name: 'Eva Kollega', agency: 'FK' as const }];
    const participants = {
      type: 'RecordDialogueParticipants' as const,
      data: { meetingId: MEETING_ID, includeMe: true, others },
    };
    const colleague = dialogueParticipantId(TEST_COMMAND_ID, 0);
    const recorded = [
      { personId: 'test-av_inspector', agency: 'AV' as const },
      { personId: colleague, agency: 'FK' as const },
    ];

    it('records the sender for its agency and the colleague, named under an id from the command id', () =>
      spec
        .given([meeting([dialoguePlanned])])
        .when(participants, AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
        .then(
          [{ type: 'DialogueParticipantsRecorded', data: { meetingId: MEETING_ID, participants: recorded } }],
          ({ persons }) => expect(persons.find(colleague)).toMatchObject({ name: 'Eva Kollega', organisation: 'FK' }),
        ));

    it('names no one when the meeting is cancelled', () =>
      spec
        .given([meeting(aCancelledDialogue)])
        .when(participants, AV_INSPECTOR)
        .thenThrows('DIALOGUE_MEETING_CANCELLED'));

    it('names no one on a stale revision', () =>
      spec
        .given([meeting([dialoguePlanned])])
        .when(participants, AV_INSPECTOR, { expectedRevision: 3 })
        .thenThrows('CONFLICT', { details: { expected: 3, actual: 0 } }));
  });

  it('records outcomes under ids from the command id, dated the day they are handled when no date is given', () => {
    const described = outcomes.map(({ outcomeId: _o, ...o }) => o);
    const recorded = described.map((o, index) => ({ ...o, outcomeId: dialogueOutcomeIdFor(TEST_COMMAND_ID, index) }));
    return spec
      .given([meeting(aHeldDialogue)])
      .when({ type: 'RecordDialogueOutcomes', data: { meetingId: MEETING_ID, outcomes: described } }, AV_INSPECTOR, {
        commandId: TEST_COMMAND_ID,
      })
      .then([
        {
          type: 'DialogueOutcomesRecorded',
          data: { meetingId: MEETING_ID, outcomes: recorded, recordedOn: today() },
        },
      ]);
  });
});
