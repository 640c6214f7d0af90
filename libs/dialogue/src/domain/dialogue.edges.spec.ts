import { edgeOf, textLimit } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, without } from '@samverkan/core/testing/edges';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { selectionIdFor } from './dialogue.guards';
import { DialogueOutcome } from './dialogue.model';
import { SelectionCommand, SelectionEvent } from './selection.commands';
import {
  aDialogueWithBothAgencies,
  aDialogueWithOutcomes,
  AREA,
  aHeldDialogue,
  aPlannedDialogue,
  dialogueMeetingSpec,
  dialoguePlanned,
  employerSelected,
  followUpRecorded,
  holdDialogue,
  municipality,
  outcomesRecorded,
  planDialogue,
  recordFollowUp,
  recordOutcomes,
  recordParticipants,
  selectEmployer,
  selectionSpec,
  TODAY,
  TOMORROW,
} from './testing/dialogue.fixtures';

/** The dialogue meetings' limits, each from both sides; the meeting was held on 15 October 2025, outcomes recorded on 20 October, today is 20 November. */

const held = (heldOn: string, employerParticipants = 18): DialogueMeetingEvent => ({
  type: 'DialogueMeetingHeld',
  data: { meetingId: holdDialogue().data.meetingId, heldOn, employerParticipants },
});
const outcome = (changes: Partial<DialogueOutcome>): DialogueOutcome[] => [
  { outcomeId: 'o-3', description: 'En rutin för arbetsanpassning', ...changes },
];

const onHoldDialogue = edgeOf(holdDialogue, held, aDialogueWithBothAgencies);
const onRecordOutcomes = edgeOf(recordOutcomes, outcomesRecorded, aHeldDialogue);
const onRecordFollowUp = edgeOf(recordFollowUp, followUpRecorded, aDialogueWithOutcomes);
const meetingEdges: Edge<DialogueMeetingCommand, DialogueMeetingEvent>[] = [
  onHoldDialogue('a dialogue is held today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
  {
    rule: 'a dialogue may be held with no employer participants, not fewer',
    given: aDialogueWithBothAgencies,
    accepted: holdDialogue(undefined, 0),
    then: [held('2025-10-15', 0)],
    refused: holdDialogue(undefined, -1),
    code: 'INVALID_PARTICIPANT_COUNT',
  },
  onRecordOutcomes(
    'outcomes are recorded on the day of the meeting at the earliest',
    [undefined, '2025-10-15'],
    [undefined, '2025-10-14'],
    'DATE_BEFORE_HELD',
  ),
  onRecordOutcomes(
    'outcomes are recorded today at the latest',
    [undefined, TODAY],
    [undefined, TOMORROW],
    'DATE_IN_FUTURE',
  ),
  onRecordOutcomes(
    'an outcome is followed up by the day of the meeting at the earliest',
    [outcome({ followUpBy: '2025-10-15' })],
    [outcome({ followUpBy: '2025-10-14' })],
    'DATE_BEFORE_HELD',
  ),
  textLimit(onRecordOutcomes, 'an outcome’s description', 4000, (description) => [outcome({ description })]),
  onRecordFollowUp(
    'an outcome is followed up on the day it was recorded at the earliest',
    [undefined, '2025-10-20'],
    [undefined, '2025-10-19'],
    'DATE_BEFORE_OUTCOMES',
  ),
  onRecordFollowUp(
    'an outcome is followed up today at the latest',
    [undefined, TODAY],
    [undefined, TOMORROW],
    'DATE_IN_FUTURE',
  ),
  textLimit(onRecordFollowUp, 'a follow-up note', 4000, (text) => [undefined, undefined, text]),
];

const selectIn = (year: number): SelectionCommand => {
  const command = selectEmployer();
  return { ...command, data: { ...command.data, year, selectionId: selectionIdFor(AREA, year) } };
};
const selectedIn = (year: number): SelectionEvent => {
  const event = employerSelected();
  return { ...event, data: { ...event.data, year, selectionId: selectionIdFor(AREA, year) } };
};

const onSelectIn = edgeOf(selectIn, selectedIn);
const selectionEdges: Edge<SelectionCommand, SelectionEvent>[] = [
  onSelectIn('a selection is for the year 2000 at the earliest', [2000], [1999], 'INVALID_YEAR'),
  onSelectIn('a selection is for the year 2100 at the latest', [2100], [2101], 'INVALID_YEAR'),
];

describe('The dialogues’ limits, from both sides', () => {
  describe('dialogue meeting', () => describeEdges(dialogueMeetingSpec, meetingEdges));
  describe('selection', () => describeEdges(selectionSpec, selectionEdges));

  describe('fields left out entirely', () => {
    it('records an outcome without a follow-up date, and a follow-up without `done` as not done', () => {
      dialogueMeetingSpec
        .given(aHeldDialogue)
        .when(recordOutcomes(outcome({})))
        .then([outcomesRecorded(outcome({}))]);
      dialogueMeetingSpec
        .given(aDialogueWithOutcomes)
        .when(without(recordFollowUp(), 'done'))
        .then([followUpRecorded(undefined, undefined, undefined, false)]);
    });

    it.each([
      ['employerParticipants', 'INVALID_PARTICIPANT_COUNT'],
      ['heldOn', 'INVALID_DATE'],
    ])('refuses a held dialogue without %s with %s', (field, code) => {
      dialogueMeetingSpec.given(aDialogueWithBothAgencies).when(without(holdDialogue(), field)).thenThrows(code);
    });

    it('refuses outcomes left out entirely', () => {
      dialogueMeetingSpec
        .given(aHeldDialogue)
        .when(without(recordOutcomes(), 'outcomes'))
        .thenThrows('OUTCOME_REQUIRED');
    });

    it.each([
      ['employers', 'EMPLOYER_REQUIRED'],
      ['audiences', 'AUDIENCE_REQUIRED'],
    ])('refuses a plan without %s with %s', (field, code) => {
      dialogueMeetingSpec.given([]).when(without(planDialogue, field)).thenThrows(code);
    });

    it('plans a meeting without topics as one with none yet', () => {
      const noTopics = { ...dialoguePlanned, data: { ...dialoguePlanned.data, topics: [] } };
      dialogueMeetingSpec.given([]).when(without(planDialogue, 'topics')).then([noTopics]);
    });

    it('refuses a topic citing an inspection when the application read no inspections', () => {
      dialogueMeetingSpec
        .given([])
        .when(without(planDialogue, 'citedInspections'))
        .thenThrows('CITED_INSPECTION_NOT_FOUND', { details: { index: 0 } });
    });

    it('refuses participants left out entirely', () => {
      dialogueMeetingSpec
        .given(aPlannedDialogue)
        .when(without(recordParticipants(), 'participants'))
        .thenThrows('PARTICIPANT_REQUIRED');
    });
  });

  describe('entries given as null', () => {
    const nothing = null as never;

    it('plans a topic whose citation is null as one citing nothing', () => {
      const [cited, uncited] = planDialogue.data.topics;
      const command = {
        ...planDialogue,
        data: { ...planDialogue.data, topics: [{ ...cited, citedInspectionId: nothing }, uncited] },
      };
      const event = {
        ...dialoguePlanned,
        data: { ...dialoguePlanned.data, topics: [{ title: cited.title }, uncited] },
      };
      dialogueMeetingSpec.given([]).when(command).then([event]);
    });

    it('passes over a gap in the selected employers the application read', () => {
      const selectedInArea = [nothing, ...planDialogue.data.selectedInArea];
      dialogueMeetingSpec
        .given([])
        .when({ ...planDialogue, data: { ...planDialogue.data, selectedInArea } })
        .then([dialoguePlanned]);
    });

    it('refuses a null employer, topic, participant or outcome, naming its index', () => {
      const plan = (data: Partial<typeof planDialogue.data>) => ({
        ...planDialogue,
        data: { ...planDialogue.data, ...data },
      });
      const whenPlanned = dialogueMeetingSpec.given([]).whenEach(plan);
      whenPlanned({ employers: [municipality, nothing] }).thenThrows('INVALID_ORGANISATION_NUMBER', {
        details: { index: 1 },
      });
      whenPlanned({ topics: [nothing] }).thenThrows('INVALID_TOPIC', { details: { index: 0 } });
      dialogueMeetingSpec
        .given(aPlannedDialogue)
        .when(recordParticipants([nothing]))
        .thenThrows('INVALID_ID', { details: { index: 0, field: 'personId' } });
      dialogueMeetingSpec
        .given(aHeldDialogue)
        .when(recordOutcomes([nothing]))
        .thenThrows('INVALID_ID', { details: { index: 0, field: 'outcomeId' } });
    });

    it('records an outcome whose follow-up date is null as one without', () => {
      dialogueMeetingSpec
        .given(aHeldDialogue)
        .when(recordOutcomes(outcome({ followUpBy: nothing })))
        .then([outcomesRecorded(outcome({}))]);
    });
  });

  it('refuses a selection whose reason is only spaces, or is left out', () => {
    const whenSelectEmployer = selectionSpec.given([]).whenEach(selectEmployer);
    whenSelectEmployer(undefined, '  \t ').thenThrows('REASON_REQUIRED');
    whenSelectEmployer(undefined, null).thenThrows('REASON_REQUIRED');
  });
});
