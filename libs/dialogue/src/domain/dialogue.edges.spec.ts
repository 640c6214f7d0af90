import { describeEdges, Edge, textOf } from '@samverkan/core/testing/edges';
import { DialogueMeetingCommand, HoldDialogueMeeting, RecordDialogueFollowUp } from './dialogue-meeting.commands';
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

const meetingEdges: Edge<DialogueMeetingCommand, DialogueMeetingEvent>[] = [
  {
    rule: 'a dialogue is held today at the latest',
    given: aDialogueWithBothAgencies,
    accepted: holdDialogue(TODAY),
    then: [held(TODAY)],
    refused: holdDialogue(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'a dialogue may be held with no employer participants, not fewer',
    given: aDialogueWithBothAgencies,
    accepted: holdDialogue(undefined, 0),
    then: [held('2025-10-15', 0)],
    refused: holdDialogue(undefined, -1),
    code: 'INVALID_PARTICIPANT_COUNT',
  },
  {
    rule: 'outcomes are recorded on the day of the meeting at the earliest',
    given: aHeldDialogue,
    accepted: recordOutcomes(undefined, '2025-10-15'),
    then: [outcomesRecorded(undefined, '2025-10-15')],
    refused: recordOutcomes(undefined, '2025-10-14'),
    code: 'DATE_BEFORE_HELD',
  },
  {
    rule: 'outcomes are recorded today at the latest',
    given: aHeldDialogue,
    accepted: recordOutcomes(undefined, TODAY),
    then: [outcomesRecorded(undefined, TODAY)],
    refused: recordOutcomes(undefined, TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'an outcome is followed up by the day of the meeting at the earliest',
    given: aHeldDialogue,
    accepted: recordOutcomes(outcome({ followUpBy: '2025-10-15' })),
    then: [outcomesRecorded(outcome({ followUpBy: '2025-10-15' }))],
    refused: recordOutcomes(outcome({ followUpBy: '2025-10-14' })),
    code: 'DATE_BEFORE_HELD',
  },
  {
    rule: 'an outcome is described in at most 4000 characters',
    given: aHeldDialogue,
    accepted: recordOutcomes(outcome({ description: textOf(4000) })),
    then: [outcomesRecorded(outcome({ description: textOf(4000) }))],
    refused: recordOutcomes(outcome({ description: textOf(4001) })),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'an outcome is followed up on the day it was recorded at the earliest',
    given: aDialogueWithOutcomes,
    accepted: recordFollowUp(undefined, '2025-10-20'),
    then: [followUpRecorded(undefined, '2025-10-20')],
    refused: recordFollowUp(undefined, '2025-10-19'),
    code: 'DATE_BEFORE_OUTCOMES',
  },
  {
    rule: 'an outcome is followed up today at the latest',
    given: aDialogueWithOutcomes,
    accepted: recordFollowUp(undefined, TODAY),
    then: [followUpRecorded(undefined, TODAY)],
    refused: recordFollowUp(undefined, TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'a follow-up note is at most 4000 characters',
    given: aDialogueWithOutcomes,
    accepted: recordFollowUp(undefined, undefined, textOf(4000)),
    then: [followUpRecorded(undefined, undefined, textOf(4000))],
    refused: recordFollowUp(undefined, undefined, textOf(4001)),
    code: 'INVALID_TEXT',
  },
];

const selectIn = (year: number): SelectionCommand => {
  const command = selectEmployer();
  return { ...command, data: { ...command.data, year, selectionId: selectionIdFor(AREA, year) } };
};
const selectedIn = (year: number): SelectionEvent => {
  const event = employerSelected();
  return { ...event, data: { ...event.data, year, selectionId: selectionIdFor(AREA, year) } };
};

const selectionEdges: Edge<SelectionCommand, SelectionEvent>[] = [
  {
    rule: 'a selection is for the year 2000 at the earliest',
    accepted: selectIn(2000),
    then: [selectedIn(2000)],
    refused: selectIn(1999),
    code: 'INVALID_YEAR',
  },
  {
    rule: 'a selection is for the year 2100 at the latest',
    accepted: selectIn(2100),
    then: [selectedIn(2100)],
    refused: selectIn(2101),
    code: 'INVALID_YEAR',
  },
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
        .when({ ...recordFollowUp(), data: data as RecordDialogueFollowUp['data'] })
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
        .when({ ...holdDialogue(), data } as HoldDialogueMeeting)
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
