import {
  activitySpec as spec,
  aHeldActivity,
  anActivityWithParticipants,
  BOLAG,
  CORRECTION_REASON,
  KOMMUN,
  NAMED,
  ORGANISATIONS_PRESENT,
  participantsRecorded,
  recordParticipants,
} from './testing/momentum.fixtures';

const counts = (MANAGER: number, HR: number, OTHER: number) => ({ MANAGER, HR, OTHER });

describe('Participants of a held activity', () => {
  it('records organisations by role and named participants', () => {
    spec.given(aHeldActivity).when(recordParticipants()).then([participantsRecorded()]);
  });

  it('takes organisation numbers and agency codes, trimmed', () => {
    const given = [
      { organisation: ` ${KOMMUN} `, participants: counts(1, 0, 0) },
      { organisation: ' FK', participants: counts(0, 0, 4) },
    ];
    spec
      .given(aHeldActivity)
      .when(recordParticipants(given, []))
      .then([
        participantsRecorded(
          [
            { organisation: KOMMUN, participants: counts(1, 0, 0) },
            { organisation: 'FK', participants: counts(0, 0, 4) },
          ],
          [],
        ),
      ]);
  });

  it('takes named participants only, or organisations only', () => {
    const whenRecordParticipants = spec.given(aHeldActivity).whenEach(recordParticipants);
    whenRecordParticipants([], NAMED).then([participantsRecorded([], NAMED)]);
    whenRecordParticipants(ORGANISATIONS_PRESENT, []).then([participantsRecorded(ORGANISATIONS_PRESENT, [])]);
  });

  it('rejects an organisation that is neither an agency code nor an organisation number', () => {
    for (const organisation of ['NAV', '5569012346', 'Kommunen', '', 'fk']) {
      spec
        .given(aHeldActivity)
        .when(recordParticipants([{ organisation, participants: counts(1, 0, 0) }], []))
        .thenThrows('INVALID_ORGANISATION');
    }
  });

  it('rejects an organisation named twice', () => {
    const twice = [
      { organisation: BOLAG, participants: counts(1, 0, 0) },
      { organisation: ` ${BOLAG}`, participants: counts(0, 1, 0) },
    ];
    spec
      .given(aHeldActivity)
      .when(recordParticipants(twice, []))
      .thenThrows('DUPLICATE_ORGANISATION', { details: { index: 1, organisation: BOLAG } });
  });

  it('needs at least one person per organisation, counted in whole numbers, and someone in all', () => {
    const whenRecordParticipants = spec.given(aHeldActivity).whenEach(recordParticipants);
    whenRecordParticipants([{ organisation: BOLAG, participants: counts(0, 0, 0) }], []).thenThrows('NO_PARTICIPANTS');
    whenRecordParticipants([], []).thenThrows('NO_PARTICIPANTS');
    for (const wrong of [counts(-1, 2, 0), counts(1.5, 0, 0), { MANAGER: 1, HR: 1 } as never]) {
      spec
        .given(aHeldActivity)
        .when(recordParticipants([{ organisation: BOLAG, participants: wrong }], []))
        .thenThrows('INVALID_PARTICIPANTS');
    }
  });

  it('names each person once, from an organisation', () => {
    const twice = [NAMED[0], { ...NAMED[0], organisation: 'AV' }];
    const whenRecordParticipants = spec.given(aHeldActivity).whenEach(recordParticipants);
    whenRecordParticipants([], twice).thenThrows('DUPLICATE_PARTICIPANT');
    whenRecordParticipants([], [{ personId: ' ', organisation: 'AV' }]).thenThrows('UNNAMED_PARTICIPANT');
    whenRecordParticipants([], [{ personId: 'person-1', organisation: '' }]).thenThrows('UNNAMED_PARTICIPANT');
  });

  it('replaces the list as a correction with a reason; the same list again changes nothing', () => {
    const corrected = [...ORGANISATIONS_PRESENT, { organisation: 'FK', participants: counts(0, 0, 3) }];
    const whenRecordParticipants = spec.given(anActivityWithParticipants).whenEach(recordParticipants);
    whenRecordParticipants().thenNothingHappened();
    whenRecordParticipants(corrected, NAMED).thenThrows('REASON_REQUIRED');
    whenRecordParticipants(corrected, NAMED, CORRECTION_REASON).then([
      participantsRecorded(corrected, NAMED, CORRECTION_REASON),
    ]);
  });
});
