import { fold } from '@samverkan/core/domain';
import { dialogueMeetingDecider } from './dialogue-meeting';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import {
  aCancelledDialogue,
  aDialogueWithBothAgencies,
  aHeldDialogue,
  aPlannedDialogue,
  cancelDialogue,
  dialogueCancelled,
  dialogueHeld,
  dialogueMeetingSpec as spec,
  dialoguePlanned,
  holdDialogue,
  participantsRecorded,
  PERSON,
  recordParticipants,
  TODAY,
  TOMORROW,
} from './testing/dialogue.fixtures';

const fk = { personId: PERSON.fk, agency: 'FK' as const };
const fk2 = { personId: PERSON.fk2, agency: 'FK' as const };
const av = { personId: PERSON.av, agency: 'AV' as const };

describe('Dialogue meeting participants', () => {
  const whenRecordParticipants = spec.given(aPlannedDialogue).whenEach(recordParticipants);

  it('records FK and AV staff for a planned meeting', () => {
    whenRecordParticipants().then([participantsRecorded()]);
  });

  it('records only those not recorded before, and each person once', () => {
    spec
      .given(aDialogueWithBothAgencies)
      .when(recordParticipants([fk, fk2, av, fk2]))
      .then([participantsRecorded([fk2])]);
  });

  it('adds nothing when everyone is already recorded', () => {
    spec
      .given(aDialogueWithBothAgencies)
      .when(recordParticipants([av, fk]))
      .thenNothingHappened();
  });

  it('records participants of a held meeting, but not of a cancelled one', () => {
    spec
      .given(aHeldDialogue)
      .when(recordParticipants([fk2]))
      .then([participantsRecorded([fk2])]);
    spec.given(aCancelledDialogue).when(recordParticipants()).thenThrows('DIALOGUE_MEETING_CANCELLED');
  });

  it('rejects a recording without participants', () => {
    whenRecordParticipants([]).thenThrows('PARTICIPANT_REQUIRED');
  });

  it('rejects a blank or padded person id, naming its index, and an agency other than FK or AV', () => {
    for (const personId of ['', ` ${PERSON.fk}`]) {
      const command = recordParticipants([av, { personId, agency: 'FK' }]);
      spec
        .given(aPlannedDialogue)
        .when(command)
        .thenThrows('INVALID_ID', { details: { index: 1 } });
    }
    whenRecordParticipants([{ personId: PERSON.fk, agency: 'ISF' as never }]).thenThrows('INVALID_CHOICE');
  });
});

describe('Holding a dialogue meeting', () => {
  const whenHoldDialogue = spec.given(aDialogueWithBothAgencies).whenEach(holdDialogue);

  it('holds it with both agencies taking part, counting the employers’ participants', () => {
    whenHoldDialogue().then([dialogueHeld]);
  });

  it('holds it today, with no employer participant counted, but never tomorrow', () => {
    const today = { ...dialogueHeld, data: { ...dialogueHeld.data, heldOn: TODAY, employerParticipants: 0 } };
    whenHoldDialogue(TODAY, 0).then([today]);
    whenHoldDialogue(TOMORROW).thenThrows('DATE_IN_FUTURE');
    whenHoldDialogue('2025-10-32').thenThrows('INVALID_DATE');
  });

  it.each([
    ['nobody', [], ['FK', 'AV']],
    ['only FK', [fk, fk2], ['AV']],
    ['only AV', [av], ['FK']],
  ])('rejects holding it with %s recorded, naming the agencies missing', (_, participants, missing) => {
    const given: DialogueMeetingEvent[] = participants.length
      ? [dialoguePlanned, participantsRecorded(participants)]
      : [dialoguePlanned];
    spec.given(given).when(holdDialogue()).thenThrows('BOTH_AGENCIES_REQUIRED', { details: { missing } });
  });

  it('rejects a negative or fractional count of employer participants', () => {
    for (const count of [-1, 2.5, Number.NaN]) {
      whenHoldDialogue('2025-10-15', count).thenThrows('INVALID_PARTICIPANT_COUNT');
    }
  });

  it('rejects holding a meeting that is held or cancelled, naming its status', () => {
    for (const [given, status] of [
      [aHeldDialogue, 'HELD'],
      [aCancelledDialogue, 'CANCELLED'],
    ] as const) {
      spec.given(given).when(holdDialogue()).thenThrows('DIALOGUE_MEETING_NOT_PLANNED', { details: { status } });
    }
  });
});

describe('Cancelling a dialogue meeting', () => {
  const whenCancelDialogue = spec.given(aPlannedDialogue).whenEach(cancelDialogue);

  it('cancels a planned meeting, as a decision with its reason', () => {
    spec.given(aDialogueWithBothAgencies).when(cancelDialogue()).then([dialogueCancelled]);
    whenCancelDialogue(` ${dialogueCancelled.data.reason}\n`).then([dialogueCancelled]);
  });

  it('rejects a cancellation without a reason', () => {
    whenCancelDialogue(null).thenThrows('REASON_REQUIRED');
    whenCancelDialogue(' ').thenThrows('REASON_REQUIRED');
  });

  it('rejects cancelling a held or an already cancelled meeting', () => {
    spec.given(aHeldDialogue).when(cancelDialogue()).thenThrows('DIALOGUE_MEETING_ALREADY_HELD');
    spec.given(aCancelledDialogue).when(cancelDialogue()).thenThrows('DIALOGUE_MEETING_ALREADY_CANCELLED');
  });

  it('keeps the reason in the state', () => {
    const cancellationReason = dialogueCancelled.data.reason;
    expect(fold(dialogueMeetingDecider, aCancelledDialogue)).toMatchObject({ status: 'CANCELLED', cancellationReason });
  });
});
