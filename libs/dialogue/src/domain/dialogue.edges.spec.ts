import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, textOf } from '@samverkan/core/testing/edges';
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
  dialogueMeetingSpec,
  employerSelected,
  followUpRecorded,
  holdDialogue,
  outcomesRecorded,
  recordFollowUp,
  recordOutcomes,
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
  onRecordOutcomes(
    'an outcome is described in at most 4000 characters',
    [outcome({ description: textOf(4000) })],
    [outcome({ description: textOf(4001) })],
    'INVALID_TEXT',
  ),
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
  onRecordFollowUp(
    'a follow-up note is at most 4000 characters',
    [undefined, undefined, textOf(4000)],
    [undefined, undefined, textOf(4001)],
    'INVALID_TEXT',
  ),
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
      const { done: _left, ...data } = recordFollowUp().data;
      dialogueMeetingSpec
        .given(aDialogueWithOutcomes)
        .when({ ...recordFollowUp(), data: data as DialogueMeetingCommand<'RecordDialogueFollowUp'>['data'] })
        .then([followUpRecorded(undefined, undefined, undefined, false)]);
    });

    it.each([
      ['employerParticipants', 'INVALID_PARTICIPANT_COUNT'],
      ['heldOn', 'INVALID_DATE'],
    ])('refuses a held dialogue without %s with %s', (field, code) => {
      const data: Record<string, unknown> = { ...holdDialogue().data };
      delete data[field];
      dialogueMeetingSpec
        .given(aDialogueWithBothAgencies)
        .when({ ...holdDialogue(), data } as DialogueMeetingCommand<'HoldDialogueMeeting'>)
        .thenThrows(code);
    });

    it('refuses outcomes left out entirely', () => {
      const { outcomes: _left, ...data } = recordOutcomes().data;
      dialogueMeetingSpec
        .given(aHeldDialogue)
        .when({ ...recordOutcomes(), data } as DialogueMeetingCommand)
        .thenThrows('OUTCOME_REQUIRED');
    });
  });

  it('refuses a selection whose reason is only spaces, or is left out', () => {
    selectionSpec.given([]).when(selectEmployer(undefined, '  \t ')).thenThrows('REASON_REQUIRED');
    selectionSpec.given([]).when(selectEmployer(undefined, null)).thenThrows('REASON_REQUIRED');
  });
});
