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
    const whenPlanActivity = spec.given([]).whenEach(planActivity);

    it('is planned: a conference organised by FK, inside the project period', () => {
      whenPlanActivity().then([activityPlanned()]);
    });

    it('trims the title, place, organiser and date', () => {
      whenPlanActivity({ title: ` ${TITLE}\n`, place: ` ${PLACE} `, organiser: ' FK', date: ` ${DATE}` }).then([
        activityPlanned(),
      ]);
    });

    it('plans every kind: trainings, web trainings, conferences and study visits', () => {
      for (const kind of ['TRAINING', 'WEB_TRAINING', 'CONFERENCE'] as const) {
        whenPlanActivity({ kind }).then([activityPlanned({ kind })]);
      }
      whenPlanActivity({ ...STUDY_VISIT }).then([activityPlanned({ ...STUDY_VISIT })]);
    });

    it('keeps an optional region, and a country where one is given', () => {
      whenPlanActivity({ region: ' Värmland ' }).then([activityPlanned({ region: 'Värmland' })]);
      whenPlanActivity({ country: 'SE' }).then([activityPlanned({ country: 'SE' })]);
      whenPlanActivity({ region: ' ' }).thenThrows('INVALID_TEXT');
    });

    it('takes an organiser from the envelope’s organisations only', () => {
      for (const organiser of ['AV', 'FHM', 'MYNAK', 'SOS', 'SFH', 'OTHER']) {
        whenPlanActivity({ organiser }).then([activityPlanned({ organiser })]);
      }
      for (const organiser of ['fk', 'NAV', '', undefined as unknown as string, 7 as unknown as string]) {
        whenPlanActivity({ organiser }).thenThrows('INVALID_CHOICE');
      }
    });

    it('rejects an unknown kind, a blank title or place, and a padded id', () => {
      whenPlanActivity({ kind: 'PARTY' as never }).thenThrows('INVALID_CHOICE');
      whenPlanActivity({ title: ' ' }).thenThrows('INVALID_TEXT');
      whenPlanActivity({ place: '' }).thenThrows('INVALID_TEXT');
      whenPlanActivity({ title: 'x'.repeat(201) }).thenThrows('INVALID_TEXT');
      whenPlanActivity({ activityId: ' pa-0001' }).thenThrows('INVALID_ID');
    });

    it('dates it inside the project: 1 May 2024 to 30 April 2027', () => {
      whenPlanActivity({ date: '2024-05-01' }).then([activityPlanned({ date: '2024-05-01' })]);
      whenPlanActivity({ date: '2027-04-30' }).then([activityPlanned({ date: '2027-04-30' })]);
      whenPlanActivity({ date: '2024-04-30' }).thenThrows('OUTSIDE_PROJECT_PERIOD');
      whenPlanActivity({ date: '2027-05-01' }).thenThrows('OUTSIDE_PROJECT_PERIOD', {
        field: 'date',
        details: { from: '2024-05-01', to: '2027-04-30' },
      });
      whenPlanActivity({ date: '2025-02-30' }).thenThrows('INVALID_DATE');
    });

    it('needs a country abroad for a study visit', () => {
      whenPlanActivity({ kind: 'STUDY_VISIT' }).thenThrows('COUNTRY_REQUIRED');
      whenPlanActivity({ kind: 'STUDY_VISIT', country: ' ' }).thenThrows('COUNTRY_REQUIRED');
      whenPlanActivity({ kind: 'STUDY_VISIT', country: 'SE' }).thenThrows('STUDY_VISIT_IN_SWEDEN');
      whenPlanActivity({ kind: 'STUDY_VISIT', country: 'Norge' }).thenThrows('INVALID_COUNTRY');
      whenPlanActivity({ kind: 'STUDY_VISIT', country: 'no' }).thenThrows('INVALID_COUNTRY');
      whenPlanActivity({ kind: 'STUDY_VISIT', place: 'Helsingfors', country: ' FI ' }).then([
        activityPlanned({ kind: 'STUDY_VISIT', place: 'Helsingfors', country: 'FI' }),
      ]);
    });

    it('expects at least one participant, in whole numbers', () => {
      whenPlanActivity({ expectedParticipants: 1 }).then([activityPlanned({ expectedParticipants: 1 })]);
      for (const expectedParticipants of [0, -5, 2.5, NaN, undefined as unknown as number]) {
        whenPlanActivity({ expectedParticipants }).thenThrows('INVALID_EXPECTED_PARTICIPANTS');
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
      expect(stateAfter(aPlannedActivity)).toEqual({ status: 'PLANNED', ...activityPlanned().data });
    });

    it('rejects planning it again', () => {
      spec.given(aPlannedActivity).when(planActivity()).thenThrows('ACTIVITY_ALREADY_PLANNED');
    });

    it('is rescheduled inside the project, citing the previous date; the same date changes nothing', () => {
      const whenRescheduleActivity = spec.given(aPlannedActivity).whenEach(rescheduleActivity);
      whenRescheduleActivity('2024-11-05').then([activityRescheduled('2024-11-05')]);
      whenRescheduleActivity(DATE).thenNothingHappened();
      whenRescheduleActivity('2027-06-01').thenThrows('OUTSIDE_PROJECT_PERIOD');
      whenRescheduleActivity('tomorrow').thenThrows('INVALID_DATE');
      expect(stateAfter([...aPlannedActivity, activityRescheduled('2024-11-05')]).date).toBe('2024-11-05');
    });

    it('is held today or earlier, inside the project, with a summary', () => {
      const whenHoldActivity = spec.given(aPlannedActivity).whenEach(holdActivity);
      whenHoldActivity().then([activityHeld()]);
      whenHoldActivity(TODAY).then([activityHeld(TODAY)]);
      whenHoldActivity(TOMORROW).thenThrows('DATE_IN_FUTURE');
      whenHoldActivity('2024-04-30').thenThrows('OUTSIDE_PROJECT_PERIOD');
      whenHoldActivity(HELD_ON, ' ').thenThrows('SUMMARY_REQUIRED');
      whenHoldActivity(HELD_ON, 'x'.repeat(4001)).thenThrows('INVALID_TEXT');
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
      const whenCancelActivity = spec.given(aPlannedActivity).whenEach(cancelActivity);
      whenCancelActivity().then([activityCancelled()]);
      whenCancelActivity(' För få anmälda \n').then([activityCancelled()]);
      whenCancelActivity(null).thenThrows('REASON_REQUIRED');
      whenCancelActivity('  ').thenThrows('REASON_REQUIRED');
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
      const whenReportEvaluation = spec.given(aHeldActivity).whenEach(reportEvaluation);
      whenReportEvaluation(7.2, 40).then([activityEvaluated(7.2, 40)]);
      whenReportEvaluation(10, 1).then([activityEvaluated(10, 1)]);
      whenReportEvaluation(1, 1).then([activityEvaluated(1, 1)]);
      for (const scale of [0.9, 10.1, 7.25, NaN])
        spec.given(aHeldActivity).when(reportEvaluation(scale, 10)).thenThrows('INVALID_EVALUATION_SCALE');
      for (const respondents of [0, 2.5, -1])
        spec.given(aHeldActivity).when(reportEvaluation(8, respondents)).thenThrows('INVALID_RESPONDENTS');
    });

    it('has no more respondents than recorded participants', () => {
      const whenReportEvaluation = spec.given(anActivityWithParticipants).whenEach(reportEvaluation);
      whenReportEvaluation(8.8, 14).then([activityEvaluated(8.8, 14)]);
      whenReportEvaluation(8.8, 15).thenThrows('RESPONDENTS_EXCEED_PARTICIPANTS', {
        details: { respondents: 15, participants: 14 },
      });
    });

    it('corrects an evaluation with a reason; the same figures change nothing', () => {
      const whenReportEvaluation = spec.given(anEvaluatedActivity).whenEach(reportEvaluation);
      whenReportEvaluation().thenNothingHappened();
      whenReportEvaluation(7.7, 12).thenThrows('REASON_REQUIRED');
      whenReportEvaluation(7.7, 12, CORRECTION_REASON).then([activityEvaluated(7.7, 12, CORRECTION_REASON)]);
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
