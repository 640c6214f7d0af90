import { fold } from '@samverkan/core/domain';
import { activityDecider, activityStream } from './project-activity';
import { ExistingActivity } from './project-activity.state';
import { ActivityEvent } from './project-activity.commands';
import {
  ACTIVITY_ID as activityId,
  activityCancelled,
  activityEvaluated,
  activityHeld,
  activityPlanned,
  activityRescheduled,
  activitySpec as spec,
  aCancelledActivity,
  aHeldActivity,
  anActivityWithParticipants,
  anEvaluatedActivity,
  aPlannedActivity,
  cancelActivity,
  CANCELLATION_REASON,
  CORRECTION_REASON,
  DATE,
  HELD_ON,
  holdActivity,
  participantsRecorded,
  planActivity,
  PLACE,
  recordParticipants,
  reportEvaluation,
  rescheduleActivity,
  STUDY_VISIT,
  SUMMARY,
  TITLE,
  TODAY,
  TOMORROW,
} from './testing/momentum.fixtures';

const stateAfter = (events: ActivityEvent[]) => fold(activityDecider, events) as ExistingActivity;

describe('Momentum project activity', () => {
  it('has one stream per activity', () => {
    expect(activityStream(activityId)).toBe('projectActivity-pa-0001');
  });

  describe('when it is not planned', () => {
    it('is planned: a conference organised by FK, inside the project period', () => {
      spec.given([]).when(planActivity()).then([activityPlanned()]);
    });

    it('trims the title, place, organiser and date', () => {
      spec
        .given([])
        .when(planActivity({ title: ` ${TITLE}\n`, place: ` ${PLACE} `, organiser: ' FK', date: ` ${DATE}` }))
        .then([activityPlanned()]);
    });

    it('plans every kind: trainings, web trainings, conferences and study visits', () => {
      for (const kind of ['TRAINING', 'WEB_TRAINING', 'CONFERENCE'] as const) {
        spec
          .given([])
          .when(planActivity({ kind }))
          .then([activityPlanned({ kind })]);
      }
      spec
        .given([])
        .when(planActivity({ ...STUDY_VISIT }))
        .then([activityPlanned({ ...STUDY_VISIT })]);
    });

    it('keeps an optional region, and a country where one is given', () => {
      spec
        .given([])
        .when(planActivity({ region: ' Värmland ' }))
        .then([activityPlanned({ region: 'Värmland' })]);
      spec
        .given([])
        .when(planActivity({ country: 'SE' }))
        .then([activityPlanned({ country: 'SE' })]);
      spec
        .given([])
        .when(planActivity({ region: ' ' }))
        .thenThrows('INVALID_TEXT');
    });

    it('takes an organiser from the envelope’s organisations only', () => {
      for (const organiser of ['AV', 'FHM', 'MYNAK', 'SOS', 'SFH', 'OTHER']) {
        spec
          .given([])
          .when(planActivity({ organiser }))
          .then([activityPlanned({ organiser })]);
      }
      for (const organiser of ['fk', 'NAV', '', undefined as unknown as string, 7 as unknown as string]) {
        spec.given([]).when(planActivity({ organiser })).thenThrows('INVALID_CHOICE');
      }
    });

    it('rejects an unknown kind, a blank title or place, and a padded id', () => {
      spec
        .given([])
        .when(planActivity({ kind: 'PARTY' as never }))
        .thenThrows('INVALID_CHOICE');
      spec
        .given([])
        .when(planActivity({ title: ' ' }))
        .thenThrows('INVALID_TEXT');
      spec
        .given([])
        .when(planActivity({ place: '' }))
        .thenThrows('INVALID_TEXT');
      spec
        .given([])
        .when(planActivity({ title: 'x'.repeat(201) }))
        .thenThrows('INVALID_TEXT');
      spec
        .given([])
        .when(planActivity({ activityId: ' pa-0001' }))
        .thenThrows('INVALID_ID');
    });

    it('dates it inside the project: 1 May 2024 to 30 April 2027', () => {
      spec
        .given([])
        .when(planActivity({ date: '2024-05-01' }))
        .then([activityPlanned({ date: '2024-05-01' })]);
      spec
        .given([])
        .when(planActivity({ date: '2027-04-30' }))
        .then([activityPlanned({ date: '2027-04-30' })]);
      spec
        .given([])
        .when(planActivity({ date: '2024-04-30' }))
        .thenThrows('OUTSIDE_PROJECT_PERIOD');
      spec
        .given([])
        .when(planActivity({ date: '2027-05-01' }))
        .thenThrows('OUTSIDE_PROJECT_PERIOD', {
          field: 'date',
          details: { from: '2024-05-01', to: '2027-04-30' },
        });
      spec
        .given([])
        .when(planActivity({ date: '2025-02-30' }))
        .thenThrows('INVALID_DATE');
    });

    it('needs a country abroad for a study visit', () => {
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT' }))
        .thenThrows('COUNTRY_REQUIRED');
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT', country: ' ' }))
        .thenThrows('COUNTRY_REQUIRED');
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT', country: 'SE' }))
        .thenThrows('STUDY_VISIT_IN_SWEDEN');
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT', country: 'Norge' }))
        .thenThrows('INVALID_COUNTRY');
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT', country: 'no' }))
        .thenThrows('INVALID_COUNTRY');
      spec
        .given([])
        .when(planActivity({ kind: 'STUDY_VISIT', place: 'Helsingfors', country: ' FI ' }))
        .then([activityPlanned({ kind: 'STUDY_VISIT', place: 'Helsingfors', country: 'FI' })]);
    });

    it('expects at least one participant, in whole numbers', () => {
      spec
        .given([])
        .when(planActivity({ expectedParticipants: 1 }))
        .then([activityPlanned({ expectedParticipants: 1 })]);
      for (const expectedParticipants of [0, -5, 2.5, NaN, undefined as unknown as number]) {
        spec.given([]).when(planActivity({ expectedParticipants })).thenThrows('INVALID_EXPECTED_PARTICIPANTS');
      }
    });

    it.each([
      ['rescheduling', rescheduleActivity()],
      ['holding', holdActivity()],
      ['recording participants', recordParticipants()],
      ['cancelling', cancelActivity()],
      ['evaluating', reportEvaluation()],
    ])('rejects %s: the activity is not found', (_, command) => {
      spec.given([]).when(command).thenThrows('ACTIVITY_NOT_FOUND');
    });
  });

  describe('when it is planned', () => {
    it('holds the plan in its state', () => {
      expect(stateAfter(aPlannedActivity)).toEqual({
        status: 'PLANNED',
        activityId,
        kind: 'CONFERENCE',
        title: TITLE,
        organiser: 'FK',
        date: DATE,
        place: PLACE,
        expectedParticipants: 150,
      });
    });

    it('rejects planning it again', () => {
      spec.given(aPlannedActivity).when(planActivity()).thenThrows('ACTIVITY_ALREADY_PLANNED');
    });

    it('is rescheduled inside the project, citing the previous date; the same date changes nothing', () => {
      spec
        .given(aPlannedActivity)
        .when(rescheduleActivity('2024-11-05'))
        .then([activityRescheduled('2024-11-05')]);
      spec.given(aPlannedActivity).when(rescheduleActivity(DATE)).thenNothingHappened();
      spec.given(aPlannedActivity).when(rescheduleActivity('2027-06-01')).thenThrows('OUTSIDE_PROJECT_PERIOD');
      spec.given(aPlannedActivity).when(rescheduleActivity('tomorrow')).thenThrows('INVALID_DATE');
      expect(stateAfter([...aPlannedActivity, activityRescheduled('2024-11-05')]).date).toBe('2024-11-05');
    });

    it('is held today or earlier, inside the project, with a summary', () => {
      spec.given(aPlannedActivity).when(holdActivity()).then([activityHeld()]);
      spec
        .given(aPlannedActivity)
        .when(holdActivity(TODAY))
        .then([activityHeld(TODAY)]);
      spec.given(aPlannedActivity).when(holdActivity(TOMORROW)).thenThrows('DATE_IN_FUTURE');
      spec.given(aPlannedActivity).when(holdActivity('2024-04-30')).thenThrows('OUTSIDE_PROJECT_PERIOD');
      spec.given(aPlannedActivity).when(holdActivity(HELD_ON, ' ')).thenThrows('SUMMARY_REQUIRED');
      spec
        .given(aPlannedActivity)
        .when(holdActivity(HELD_ON, 'x'.repeat(4001)))
        .thenThrows('INVALID_TEXT');
      expect(stateAfter(aHeldActivity)).toMatchObject({
        status: 'HELD',
        heldOn: HELD_ON,
        summary: SUMMARY,
        date: DATE,
      });
    });

    it('takes neither participants nor an evaluation before it is held', () => {
      spec.given(aPlannedActivity).when(recordParticipants()).thenThrows('ACTIVITY_NOT_HELD');
      spec.given(aPlannedActivity).when(reportEvaluation()).thenThrows('ACTIVITY_NOT_HELD');
    });

    it('is cancelled by a decision, with a reason', () => {
      spec.given(aPlannedActivity).when(cancelActivity()).then([activityCancelled()]);
      spec.given(aPlannedActivity).when(cancelActivity(' För få anmälda \n')).then([activityCancelled()]);
      spec.given(aPlannedActivity).when(cancelActivity(null)).thenThrows('REASON_REQUIRED');
      spec.given(aPlannedActivity).when(cancelActivity('  ')).thenThrows('REASON_REQUIRED');
      expect(stateAfter(aCancelledActivity)).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: CANCELLATION_REASON,
      });
    });
  });

  describe('when it is held', () => {
    it.each([
      ['rescheduled', rescheduleActivity('2024-11-05')],
      ['held again', holdActivity()],
      ['cancelled', cancelActivity()],
    ])('is not %s: it is no longer planned', (_, command) => {
      spec
        .given(aHeldActivity)
        .when(command)
        .thenThrows('ACTIVITY_NOT_PLANNED', { details: { activityId, status: 'HELD' } });
    });

    it('is evaluated on the 1–10 scale, to one decimal, by at least one respondent', () => {
      spec
        .given(aHeldActivity)
        .when(reportEvaluation(7.2, 40))
        .then([activityEvaluated(7.2, 40)]);
      spec
        .given(aHeldActivity)
        .when(reportEvaluation(10, 1))
        .then([activityEvaluated(10, 1)]);
      spec
        .given(aHeldActivity)
        .when(reportEvaluation(1, 1))
        .then([activityEvaluated(1, 1)]);
      for (const scale of [0.9, 10.1, 7.25, NaN])
        spec.given(aHeldActivity).when(reportEvaluation(scale, 10)).thenThrows('INVALID_EVALUATION_SCALE');
      for (const respondents of [0, 2.5, -1])
        spec.given(aHeldActivity).when(reportEvaluation(8, respondents)).thenThrows('INVALID_RESPONDENTS');
    });

    it('has no more respondents than recorded participants', () => {
      spec
        .given(anActivityWithParticipants)
        .when(reportEvaluation(8.8, 14))
        .then([activityEvaluated(8.8, 14)]);
      spec
        .given(anActivityWithParticipants)
        .when(reportEvaluation(8.8, 15))
        .thenThrows('RESPONDENTS_EXCEED_PARTICIPANTS', { details: { respondents: 15, participants: 14 } });
    });

    it('corrects an evaluation with a reason; the same figures change nothing', () => {
      spec.given(anEvaluatedActivity).when(reportEvaluation()).thenNothingHappened();
      spec.given(anEvaluatedActivity).when(reportEvaluation(7.7, 12)).thenThrows('REASON_REQUIRED');
      spec
        .given(anEvaluatedActivity)
        .when(reportEvaluation(7.7, 12, CORRECTION_REASON))
        .then([activityEvaluated(7.7, 12, CORRECTION_REASON)]);
      expect(stateAfter([...anEvaluatedActivity, activityEvaluated(7.7, 12, CORRECTION_REASON)]).evaluation).toEqual({
        scale: 7.7,
        respondents: 12,
      });
    });
  });

  describe('when it is cancelled', () => {
    it.each([
      ['rescheduled', rescheduleActivity('2024-11-05'), 'ACTIVITY_NOT_PLANNED'],
      ['held', holdActivity(), 'ACTIVITY_NOT_PLANNED'],
      ['cancelled again', cancelActivity(), 'ACTIVITY_NOT_PLANNED'],
      ['given participants', recordParticipants(), 'ACTIVITY_NOT_HELD'],
      ['evaluated', reportEvaluation(), 'ACTIVITY_NOT_HELD'],
    ])('is not %s', (_, command, code) => {
      spec.given(aCancelledActivity).when(command).thenThrows(code);
    });
  });

  it('keeps the last recorded participants in its state', () => {
    const corrected = [{ organisation: 'FK', participants: { MANAGER: 1, HR: 0, OTHER: 0 } }];
    expect(stateAfter(anActivityWithParticipants).participants?.organisations).toHaveLength(3);
    expect(
      stateAfter([...anActivityWithParticipants, participantsRecorded(corrected, [], CORRECTION_REASON)]).participants,
    ).toEqual({
      organisations: corrected,
      namedParticipants: [],
    });
  });
});
