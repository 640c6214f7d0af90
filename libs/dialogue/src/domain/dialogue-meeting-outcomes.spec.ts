import { fold } from '@samverkan/core/domain';
import { DialogueOutcome } from './dialogue.model';
import { dialogueMeetingDecider } from './dialogue-meeting';
import {
  aCancelledDialogue,
  aDialogueWithOutcomes,
  aHeldDialogue,
  aPlannedDialogue,
  dialogueMeetingSpec as spec,
  followUpRecorded,
  outcomes,
  outcomesRecorded,
  recordFollowUp,
  recordOutcomes,
  TODAY,
  TOMORROW,
} from './testing/dialogue.fixtures';

const third: DialogueOutcome = {
  outcomeId: 'o-3',
  description: 'FK informerar HR om arbetsplatsinriktat rehabiliteringsstöd',
};

describe('Dialogue meeting outcomes', () => {
  const whenRecordOutcomes = spec.given(aHeldDialogue).whenEach(recordOutcomes);

  it('records what came of a held meeting', () => {
    whenRecordOutcomes().then([outcomesRecorded()]);
  });

  it('trims the descriptions, and records on the day it was held with a follow-up due that day', () => {
    const padded = outcomes.map((outcome) => ({ ...outcome, description: ` ${outcome.description}\n` }));
    const sameDay = [{ ...outcomes[0], followUpBy: '2025-10-15' }];
    whenRecordOutcomes(padded).then([outcomesRecorded()]);
    whenRecordOutcomes(sameDay, '2025-10-15').then([outcomesRecorded(sameDay, '2025-10-15')]);
  });

  it('records more outcomes later', () => {
    spec
      .given(aDialogueWithOutcomes)
      .when(recordOutcomes([third], TODAY))
      .then([outcomesRecorded([third], TODAY)]);
  });

  it('rejects outcomes of a meeting not yet held, or cancelled', () => {
    spec.given(aPlannedDialogue).when(recordOutcomes()).thenThrows('OUTCOMES_BEFORE_HELD');
    spec.given(aCancelledDialogue).when(recordOutcomes()).thenThrows('DIALOGUE_MEETING_CANCELLED');
  });

  it('rejects a recording without outcomes', () => {
    whenRecordOutcomes([]).thenThrows('OUTCOME_REQUIRED');
  });

  it('rejects an outcome id used twice, in the command or in the meeting', () => {
    whenRecordOutcomes([third, { ...third, description: 'Annat' }]).thenThrows('DUPLICATE_OUTCOME');
    const again = recordOutcomes([third, { ...outcomes[1], description: 'Ny beskrivning' }], TODAY);
    spec
      .given(aDialogueWithOutcomes)
      .when(again)
      .thenThrows('DUPLICATE_OUTCOME', { details: { outcomeId: 'o-2', index: 1 } });
  });

  it('rejects a blank or padded outcome id and a blank description', () => {
    whenRecordOutcomes([{ ...third, outcomeId: ' ' }]).thenThrows('INVALID_ID');
    whenRecordOutcomes([{ ...third, outcomeId: 'o-3 ' }]).thenThrows('INVALID_ID');
    whenRecordOutcomes([{ ...third, description: ' ' }]).thenThrows('INVALID_TEXT');
  });

  it('rejects a follow-up date that is impossible or before the meeting', () => {
    whenRecordOutcomes([{ ...third, followUpBy: '2026-02-30' }]).thenThrows('INVALID_DATE');
    const early = recordOutcomes([{ ...third, followUpBy: '2025-10-14' }]);
    spec
      .given(aHeldDialogue)
      .when(early)
      .thenThrows('DATE_BEFORE_HELD', { details: { field: 'followUpBy', earliest: '2025-10-15' } });
  });

  it('rejects recording before the meeting was held, or in the future', () => {
    whenRecordOutcomes(outcomes, '2025-10-14').thenThrows('DATE_BEFORE_HELD');
    whenRecordOutcomes(outcomes, TOMORROW).thenThrows('DATE_IN_FUTURE');
  });
});

describe('Dialogue meeting follow-ups', () => {
  it('records a follow-up of a recorded outcome', () => {
    spec.given(aDialogueWithOutcomes).when(recordFollowUp()).then([followUpRecorded()]);
  });

  it('follows an outcome up again, on the day its outcome was recorded at the earliest', () => {
    const first = followUpRecorded('o-2', '2025-10-20', 'Utbildningen är planerad', false);
    spec
      .given([...aDialogueWithOutcomes, first])
      .when(recordFollowUp('o-2', TODAY, ' Utbildningen är genomförd ', true))
      .then([followUpRecorded('o-2', TODAY, 'Utbildningen är genomförd', true)]);
    const onTheDay = recordFollowUp('o-2', '2025-10-20', 'x', false);
    spec
      .given(aDialogueWithOutcomes)
      .when(onTheDay)
      .then([followUpRecorded('o-2', '2025-10-20', 'x', false)]);
  });

  it('rejects a follow-up before any outcome is recorded', () => {
    spec.given(aHeldDialogue).when(recordFollowUp()).thenThrows('FOLLOW_UP_BEFORE_OUTCOMES');
    spec.given(aPlannedDialogue).when(recordFollowUp()).thenThrows('FOLLOW_UP_BEFORE_OUTCOMES');
  });

  it('rejects a follow-up of an unknown outcome', () => {
    for (const outcomeId of ['o-9', 'constructor']) {
      spec.given(aDialogueWithOutcomes).when(recordFollowUp(outcomeId)).thenThrows('OUTCOME_NOT_FOUND');
    }
  });

  it('rejects a follow-up before its own outcome was recorded, or in the future', () => {
    const given = [...aDialogueWithOutcomes, outcomesRecorded([third], '2025-11-10')];
    const early = recordFollowUp('o-3', '2025-11-09');
    spec
      .given(given)
      .when(early)
      .thenThrows('DATE_BEFORE_OUTCOMES', { details: { field: 'followedUpOn', earliest: '2025-11-10' } });
    const whenRecordFollowUp = spec.given(given).whenEach(recordFollowUp);
    whenRecordFollowUp('o-1', '2025-11-09').then([followUpRecorded('o-1', '2025-11-09')]);
    whenRecordFollowUp('o-1', TOMORROW).thenThrows('DATE_IN_FUTURE');
  });

  it('rejects a follow-up without a note', () => {
    spec
      .given(aDialogueWithOutcomes)
      .when(recordFollowUp('o-1', TODAY, ' '))
      .thenThrows('INVALID_TEXT');
  });

  it('keeps the follow-ups of each outcome in order', () => {
    const later = followUpRecorded('o-1', TODAY, 'Rutinen tillämpas', true);
    const state = fold(dialogueMeetingDecider, [
      ...aDialogueWithOutcomes,
      followUpRecorded('o-1', '2025-11-18', 'Utkast', false),
      later,
    ]);
    expect(state).toMatchObject({
      outcomes: {
        'o-1': {
          followUps: [
            { followedUpOn: '2025-11-18', note: 'Utkast', done: false },
            { followedUpOn: TODAY, note: 'Rutinen tillämpas', done: true },
          ],
        },
        'o-2': { followUps: [] },
      },
    });
  });
});
