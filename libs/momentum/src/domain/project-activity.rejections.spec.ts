import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { ActivityCommand, ActivityEvent } from './project-activity.commands';
import {
  ACTIVITY_ID as activityId,
  activitySpec as spec,
  aCancelledActivity,
  aHeldActivity,
  anActivityWithParticipants,
  anEvaluatedActivity,
  aPlannedActivity,
  cancelActivity,
  commandOf,
  holdActivity,
  KOMMUN,
  planActivity,
  recordParticipants,
  reportEvaluation,
  rescheduleActivity,
  STUDY_VISIT,
  TOMORROW,
} from './testing/momentum.fixtures';

/**
 * A rejection tells the client which activity it concerns and what was wrong (the details reach
 * GraphQL's extensions), so the Momentum desk can point at the activity and the field.
 */

const counts = (MANAGER: number, HR: number, OTHER: number) => ({ MANAGER, HR, OTHER });
type Evaluation = ActivityCommand<'ReportEvaluation'>['data'];

describe('A project activity’s rejections name it', () => {
  itRefusesEach(
    spec,
    [
      ['planning it again', aPlannedActivity, planActivity(), 'ACTIVITY_ALREADY_PLANNED', {}],
      ['an unknown kind', [], planActivity({ kind: 'PARTY' as never }), 'INVALID_CHOICE', { field: 'kind' }],
      ['a blank title', [], planActivity({ title: ' ' }), 'INVALID_TEXT', {}],
      ['a blank place', [], planActivity({ place: '' }), 'INVALID_TEXT', {}],
      ['a blank region', [], planActivity({ region: ' ' }), 'INVALID_TEXT', {}],
      ['a date outside the project', [], planActivity({ date: '2024-04-30' }), 'OUTSIDE_PROJECT_PERIOD', {}],
      [
        'a study visit without a country',
        [],
        planActivity({ kind: 'STUDY_VISIT' }),
        'COUNTRY_REQUIRED',
        { field: 'country' },
      ],
      [
        'a study visit in Sweden',
        [],
        planActivity({ ...STUDY_VISIT, country: ' SE' }),
        'STUDY_VISIT_IN_SWEDEN',
        { country: 'SE' },
      ],
      ['a country that is no code', [], planActivity({ country: 'Norge' }), 'INVALID_COUNTRY', { value: 'Norge' }],
      [
        'no participants expected',
        [],
        planActivity({ expectedParticipants: 0 }),
        'INVALID_EXPECTED_PARTICIPANTS',
        { value: 0 },
      ],
      ['an impossible new date', aPlannedActivity, rescheduleActivity('2024-13-01'), 'INVALID_DATE', {}],
      [
        'a new date outside the project',
        aPlannedActivity,
        rescheduleActivity('2027-05-01'),
        'OUTSIDE_PROJECT_PERIOD',
        {},
      ],
      ['holding it after today', aPlannedActivity, holdActivity(TOMORROW), 'DATE_IN_FUTURE', { field: 'heldOn' }],
      [
        'holding it before the project',
        aPlannedActivity,
        holdActivity('2024-04-30'),
        'OUTSIDE_PROJECT_PERIOD',
        { field: 'heldOn' },
      ],
      ['holding it without a summary', aPlannedActivity, holdActivity(undefined, ' '), 'SUMMARY_REQUIRED', {}],
      ['cancelling it without a reason', aPlannedActivity, cancelActivity(null), 'REASON_REQUIRED', {}],
      ['cancelling it again', aCancelledActivity, cancelActivity(), 'ACTIVITY_NOT_PLANNED', { status: 'CANCELLED' }],
      [
        'participants before it is held',
        aPlannedActivity,
        recordParticipants(),
        'ACTIVITY_NOT_HELD',
        { status: 'PLANNED' },
      ],
      ['participants naming nobody', aHeldActivity, recordParticipants([], []), 'NO_PARTICIPANTS', {}],
      [
        'a named participant without a person id',
        aHeldActivity,
        recordParticipants([], [{ personId: ' ', organisation: 'AV' }]),
        'UNNAMED_PARTICIPANT',
        {},
      ],
      [
        'an organisation that is neither agency nor employer',
        aHeldActivity,
        recordParticipants([{ organisation: 'NAV', participants: counts(1, 0, 0) }], []),
        'INVALID_ORGANISATION',
        { index: 0, organisation: 'NAV' },
      ],
      [
        'an organisation that sent nobody',
        aHeldActivity,
        recordParticipants([{ organisation: KOMMUN, participants: counts(0, 0, 0) }], []),
        'NO_PARTICIPANTS',
        { index: 0, organisation: KOMMUN },
      ],
      [
        'a changed list without a reason',
        anActivityWithParticipants,
        recordParticipants([], [{ personId: 'p-2', organisation: 'AV' }]),
        'REASON_REQUIRED',
        {},
      ],
      ['an evaluation off the scale', aHeldActivity, reportEvaluation(11), 'INVALID_EVALUATION_SCALE', { value: 11 }],
      ['an evaluation nobody answered', aHeldActivity, reportEvaluation(8, 0), 'INVALID_RESPONDENTS', { value: 0 }],
      ['a changed evaluation without a reason', anEvaluatedActivity, reportEvaluation(7.7), 'REASON_REQUIRED', {}],
    ] satisfies Refusal<ActivityCommand, ActivityEvent>[],
    { activityId },
  );

  it.each<[string, ActivityEvent[], ActivityCommand, string]>([
    ['expected participants', [], planActivity({ expectedParticipants: undefined }), 'INVALID_EXPECTED_PARTICIPANTS'],
    [
      'an evaluation',
      aHeldActivity,
      commandOf('ReportEvaluation', { activityId, respondents: 5 } as Evaluation),
      'INVALID_EVALUATION_SCALE',
    ],
    [
      'respondents',
      aHeldActivity,
      commandOf('ReportEvaluation', { activityId, scale: 8 } as Evaluation),
      'INVALID_RESPONDENTS',
    ],
  ])('says no value was given when %s are left out', (_, given, command, code) => {
    spec
      .given(given)
      .when(command)
      .thenThrows(code, { details: { activityId, value: null } });
  });
});
